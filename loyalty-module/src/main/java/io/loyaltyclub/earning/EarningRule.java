package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.loyaltyclub.LoyaltyException;

/**
 * One earning rule as the merchant edits it: an id, a name shown in the breakdown, whether it is active, the window
 * in which it is in force, its {@link EarningRuleType type} and the settings of that type. Immutable; built with the
 * factory methods or a {@link #builder builder}, which refuse settings the type does not use.
 *
 * <p>Settings by type:</p>
 * <ul>
 * <li>{@code BASE_RATE}: {@link #getRate() rate}, points per one unit of base currency (for example 1, or 0.5).</li>
 * <li>{@code PRODUCT_MULTIPLIER}, {@code CATEGORY_MULTIPLIER}: {@link #getCoefficient() coefficient} (2 doubles the
 * base points) and the product or category ids it applies to.</li>
 * <li>{@code TIER_MULTIPLIER}: coefficient and the tier codes it applies to.</li>
 * <li>{@code CAMPAIGN_MULTIPLIER}: coefficient, usually a window, and optionally days of the week (judged in the
 * shop's time zone).</li>
 * <li>{@code EXCLUSION}: product ids and/or category ids whose lines earn nothing.</li>
 * <li>Bonuses: {@link #getBonusPoints() bonus points}, plus N for {@code NTH_ORDER_BONUS}, K for
 * {@code FREQUENCY_BONUS} and D for {@code WELCOME_BACK_BONUS}.</li>
 * </ul>
 *
 * <p>Coefficients are at least 1: a multiplier only adds points (to earn nothing on a product, exclude it).</p>
 */
public final class EarningRule {

    /** Code of the refusal of a rule the merchant wrote wrongly. */
    public static final String INVALID_RULE = "invalid_rule";

    private final long id;
    private final String name;
    private final EarningRuleType type;
    private final boolean active;
    private final RuleWindow window;
    private final BigDecimal rate;
    private final BigDecimal coefficient;
    private final long bonusPoints;
    private final Set<Long> productIds;
    private final Set<Long> categoryIds;
    private final Set<String> tierCodes;
    private final Set<String> segmentCodes;
    private final Set<DayOfWeek> daysOfWeek;
    private final int everyNthOrder;
    private final int minOrdersInLast30Days;
    private final int minDaysSincePreviousOrder;

    private EarningRule(Builder builder) {
        this.id = builder.id;
        this.type = Objects.requireNonNull(builder.type, "type");
        if (builder.name == null || builder.name.trim().isEmpty()) {
            throw refusal("needs a name");
        }
        this.name = builder.name.trim();
        this.active = builder.active;
        if (builder.window == null) {
            throw refusal("needs a window (use RuleWindow.always())");
        }
        this.window = builder.window;
        this.rate = builder.rate;
        this.coefficient = builder.coefficient;
        this.bonusPoints = builder.bonusPoints;
        this.productIds = Collections.unmodifiableSet(new LinkedHashSet<>(builder.productIds));
        this.categoryIds = Collections.unmodifiableSet(new LinkedHashSet<>(builder.categoryIds));
        this.tierCodes = Collections.unmodifiableSet(new LinkedHashSet<>(builder.tierCodes));
        this.segmentCodes = Collections.unmodifiableSet(new LinkedHashSet<>(builder.segmentCodes));
        this.daysOfWeek = Collections.unmodifiableSet(builder.daysOfWeek.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(builder.daysOfWeek));
        this.everyNthOrder = builder.everyNthOrder;
        this.minOrdersInLast30Days = builder.minOrdersInLast30Days;
        this.minDaysSincePreviousOrder = builder.minDaysSincePreviousOrder;
        validateSettings();
    }

    private void validateSettings() {
        if (type == EarningRuleType.BASE_RATE) {
            if (rate == null || rate.signum() <= 0) {
                throw refusal("needs a positive rate (points per unit of base currency), was " + text(rate));
            }
            if (!Decimals.withinLimits(rate)) {
                throw refusal("has a rate out of range (" + Decimals.LIMITS + "): " + rate.toPlainString());
            }
        } else if (rate != null) {
            throw refusal("has a rate, which only a base rate uses");
        }

        if (type.isMultiplier()) {
            if (coefficient == null || coefficient.compareTo(BigDecimal.ONE) < 0) {
                throw refusal("needs a coefficient of at least 1 (2 doubles the points), was " + text(coefficient)
                        + "; to earn nothing on a product use an exclusion");
            }
            if (!Decimals.withinLimits(coefficient)) {
                throw refusal("has a coefficient out of range (" + Decimals.LIMITS + "): "
                        + coefficient.toPlainString());
            }
        } else if (coefficient != null) {
            throw refusal("has a coefficient, which only multipliers use");
        }

        if (type.isBonus()) {
            if (bonusPoints <= 0) {
                throw refusal("needs a positive number of bonus points, was " + bonusPoints);
            }
        } else if (bonusPoints != 0) {
            throw refusal("has bonus points, which only bonuses use");
        }

        boolean productsUsed = type == EarningRuleType.PRODUCT_MULTIPLIER || type == EarningRuleType.EXCLUSION;
        boolean categoriesUsed = type == EarningRuleType.CATEGORY_MULTIPLIER || type == EarningRuleType.EXCLUSION;
        if (type == EarningRuleType.PRODUCT_MULTIPLIER && productIds.isEmpty()) {
            throw refusal("needs at least one product");
        }
        if (type == EarningRuleType.CATEGORY_MULTIPLIER && categoryIds.isEmpty()) {
            throw refusal("needs at least one category");
        }
        if (type == EarningRuleType.EXCLUSION && productIds.isEmpty() && categoryIds.isEmpty()) {
            throw refusal("needs at least one product or category to exclude");
        }
        if (!productsUsed && !productIds.isEmpty()) {
            throw refusal("has products, which only product multipliers and exclusions use");
        }
        if (!categoriesUsed && !categoryIds.isEmpty()) {
            throw refusal("has categories, which only category multipliers and exclusions use");
        }

        if (type == EarningRuleType.TIER_MULTIPLIER) {
            if (tierCodes.isEmpty()) {
                throw refusal("needs at least one tier code");
            }
        } else if (!tierCodes.isEmpty()) {
            throw refusal("has tier codes, which only tier multipliers use");
        }

        if (type != EarningRuleType.CAMPAIGN_MULTIPLIER && !daysOfWeek.isEmpty()) {
            throw refusal("has days of the week, which only campaigns use");
        }

        requireCount(EarningRuleType.NTH_ORDER_BONUS, "every Nth order", everyNthOrder, 2);
        requireCount(EarningRuleType.FREQUENCY_BONUS, "a minimum of orders in the last 30 days",
                minOrdersInLast30Days, 1);
        requireCount(EarningRuleType.WELCOME_BACK_BONUS, "a minimum of days since the previous order",
                minDaysSincePreviousOrder, 1);
    }

    private void requireCount(EarningRuleType user, String what, int value, int minimum) {
        if (type == user && value < minimum) {
            throw refusal("needs " + what + " of at least " + minimum + ", was " + value);
        }
        if (type != user && value != 0) {
            throw refusal("has " + what + ", which only " + user + " uses");
        }
    }

    private LoyaltyException refusal(String problem) {
        return new LoyaltyException(INVALID_RULE, "rule " + id + " (" + type + (name == null ? "" : " '" + name + "'")
                + ") " + problem);
    }

    private static String text(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    // ---------------------------------------------------------------------------------------------- factories

    public static Builder builder(long id, EarningRuleType type, String name) {
        return new Builder(id, type, name);
    }

    /** So many points per one unit of base currency of eligible amount. */
    public static EarningRule baseRate(long id, String name, BigDecimal pointsPerUnit) {
        return builder(id, EarningRuleType.BASE_RATE, name).rate(pointsPerUnit).build();
    }

    public static EarningRule productMultiplier(long id, String name, BigDecimal coefficient,
            Collection<Long> productIds) {
        return builder(id, EarningRuleType.PRODUCT_MULTIPLIER, name).coefficient(coefficient).productIds(productIds)
                .build();
    }

    public static EarningRule categoryMultiplier(long id, String name, BigDecimal coefficient,
            Collection<Long> categoryIds) {
        return builder(id, EarningRuleType.CATEGORY_MULTIPLIER, name).coefficient(coefficient)
                .categoryIds(categoryIds).build();
    }

    public static EarningRule exclusion(long id, String name, Collection<Long> productIds,
            Collection<Long> categoryIds) {
        return builder(id, EarningRuleType.EXCLUSION, name).productIds(productIds).categoryIds(categoryIds).build();
    }

    public static EarningRule tierMultiplier(long id, String name, BigDecimal coefficient,
            Collection<String> tierCodes) {
        return builder(id, EarningRuleType.TIER_MULTIPLIER, name).coefficient(coefficient).tierCodes(tierCodes)
                .build();
    }

    /** A campaign over a window; add days of the week through {@link #builder builder} or {@link #toBuilder()}. */
    public static EarningRule campaign(long id, String name, BigDecimal coefficient, Instant startsAt,
            Instant endsAt) {
        return builder(id, EarningRuleType.CAMPAIGN_MULTIPLIER, name).coefficient(coefficient)
                .window(RuleWindow.between(startsAt, endsAt)).build();
    }

    public static EarningRule firstOrderBonus(long id, String name, long points) {
        return builder(id, EarningRuleType.FIRST_ORDER_BONUS, name).bonusPoints(points).build();
    }

    public static EarningRule nthOrderBonus(long id, String name, long points, int everyNthOrder) {
        return builder(id, EarningRuleType.NTH_ORDER_BONUS, name).bonusPoints(points).everyNthOrder(everyNthOrder)
                .build();
    }

    public static EarningRule frequencyBonus(long id, String name, long points, int minOrdersInLast30Days) {
        return builder(id, EarningRuleType.FREQUENCY_BONUS, name).bonusPoints(points)
                .minOrdersInLast30Days(minOrdersInLast30Days).build();
    }

    public static EarningRule welcomeBackBonus(long id, String name, long points, int minDaysSincePreviousOrder) {
        return builder(id, EarningRuleType.WELCOME_BACK_BONUS, name).bonusPoints(points)
                .minDaysSincePreviousOrder(minDaysSincePreviousOrder).build();
    }

    public Builder toBuilder() {
        return new Builder(id, type, name).active(active).window(window).rate(rate).coefficient(coefficient)
                .bonusPoints(bonusPoints).productIds(productIds).categoryIds(categoryIds).tierCodes(tierCodes)
                .segmentCodes(segmentCodes).daysOfWeek(daysOfWeek).everyNthOrder(everyNthOrder).minOrdersInLast30Days(minOrdersInLast30Days)
                .minDaysSincePreviousOrder(minDaysSincePreviousOrder);
    }

    public EarningRule withActive(boolean active) {
        return toBuilder().active(active).build();
    }

    public EarningRule withWindow(RuleWindow window) {
        return toBuilder().window(window).build();
    }

    // ---------------------------------------------------------------------------------------------- behaviour

    /**
     * Whether the rule takes part in an order placed at {@code at}: it is active, {@code at} is inside its window,
     * and, for a campaign limited to some days of the week, {@code at} falls on one of them in {@code shopZone}.
     */
    public boolean isInForceAt(Instant at, ZoneId shopZone) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(shopZone, "shopZone");
        return active && window.contains(at)
                && (daysOfWeek.isEmpty() || daysOfWeek.contains(at.atZone(shopZone).getDayOfWeek()));
    }

    /**
     * Whether the rule is for the customer: a rule naming segments takes part only for members of one of them (any
     * type of rule may name segments); a rule naming none is for everybody.
     */
    public boolean isFor(CustomerHistory history) {
        if (segmentCodes.isEmpty()) {
            return true;
        }
        for (String code : history.getSegmentCodes()) {
            if (segmentCodes.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line sells one of the rule's products or a product in one of its categories. */
    boolean selects(OrderLineForEarning line) {
        if (productIds.contains(line.getProductId())) {
            return true;
        }
        for (Long categoryId : line.getCategoryIds()) {
            if (categoryIds.contains(categoryId)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- accessors

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public EarningRuleType getType() {
        return type;
    }

    public boolean isActive() {
        return active;
    }

    public RuleWindow getWindow() {
        return window;
    }

    /** Points per one unit of base currency; {@code null} unless a base rate. */
    public BigDecimal getRate() {
        return rate;
    }

    /** The multiplier's coefficient (at least 1); {@code null} unless a multiplier. */
    public BigDecimal getCoefficient() {
        return coefficient;
    }

    /** The bonus's points; 0 unless a bonus. */
    public long getBonusPoints() {
        return bonusPoints;
    }

    public Set<Long> getProductIds() {
        return productIds;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public Set<String> getTierCodes() {
        return tierCodes;
    }

    /** The segments whose members the rule is for; empty for everybody. */
    public Set<String> getSegmentCodes() {
        return segmentCodes;
    }

    /** A campaign's days of the week; empty for every day. */
    public Set<DayOfWeek> getDaysOfWeek() {
        return daysOfWeek;
    }

    /** N of an Nth-order bonus; 0 otherwise. */
    public int getEveryNthOrder() {
        return everyNthOrder;
    }

    /** K of a frequency bonus; 0 otherwise. */
    public int getMinOrdersInLast30Days() {
        return minOrdersInLast30Days;
    }

    /** D of a welcome-back bonus; 0 otherwise. */
    public int getMinDaysSincePreviousOrder() {
        return minDaysSincePreviousOrder;
    }

    @Override
    public String toString() {
        return "rule " + id + " " + type + " '" + name + "'" + (active ? "" : " (inactive)") + " " + window;
    }

    /** Collects a rule's settings; {@link #build()} checks them against the type. Not thread-safe. */
    public static final class Builder {

        private final long id;
        private final EarningRuleType type;
        private final String name;
        private boolean active = true;
        private RuleWindow window = RuleWindow.always();
        private BigDecimal rate;
        private BigDecimal coefficient;
        private long bonusPoints;
        private final Set<Long> productIds = new LinkedHashSet<>();
        private final Set<Long> categoryIds = new LinkedHashSet<>();
        private final Set<String> tierCodes = new LinkedHashSet<>();
        private final Set<String> segmentCodes = new LinkedHashSet<>();
        private final Set<DayOfWeek> daysOfWeek = EnumSet.noneOf(DayOfWeek.class);
        private int everyNthOrder;
        private int minOrdersInLast30Days;
        private int minDaysSincePreviousOrder;

        private Builder(long id, EarningRuleType type, String name) {
            this.id = id;
            this.type = Objects.requireNonNull(type, "type");
            this.name = name;
        }

        /** Rules are active unless told otherwise. */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public Builder window(RuleWindow window) {
            this.window = window;
            return this;
        }

        public Builder window(Instant startsAt, Instant endsAt) {
            return window(RuleWindow.between(startsAt, endsAt));
        }

        public Builder rate(BigDecimal pointsPerUnit) {
            this.rate = pointsPerUnit;
            return this;
        }

        public Builder coefficient(BigDecimal coefficient) {
            this.coefficient = coefficient;
            return this;
        }

        public Builder bonusPoints(long points) {
            this.bonusPoints = points;
            return this;
        }

        /** Replaces the product ids. */
        public Builder productIds(Collection<Long> ids) {
            replace(productIds, ids, "product ids");
            return this;
        }

        /** Replaces the category ids. */
        public Builder categoryIds(Collection<Long> ids) {
            replace(categoryIds, ids, "category ids");
            return this;
        }

        /** Replaces the tier codes. */
        public Builder tierCodes(Collection<String> codes) {
            replace(tierCodes, codes, "tier codes");
            for (String code : tierCodes) {
                if (code.trim().isEmpty()) {
                    throw new LoyaltyException(INVALID_RULE, "rule " + id + ": tier codes must not be blank");
                }
            }
            return this;
        }

        /** Replaces the segment codes: the rule is then only for members of one of these segments. */
        public Builder segmentCodes(Collection<String> codes) {
            replace(segmentCodes, codes, "segment codes");
            for (String code : segmentCodes) {
                if (code.trim().isEmpty()) {
                    throw new LoyaltyException(INVALID_RULE, "rule " + id + ": segment codes must not be blank");
                }
            }
            return this;
        }

        /** Replaces the days of the week. */
        public Builder daysOfWeek(Collection<DayOfWeek> days) {
            replace(daysOfWeek, days, "days of the week");
            return this;
        }

        public Builder everyNthOrder(int n) {
            this.everyNthOrder = n;
            return this;
        }

        public Builder minOrdersInLast30Days(int k) {
            this.minOrdersInLast30Days = k;
            return this;
        }

        public Builder minDaysSincePreviousOrder(int d) {
            this.minDaysSincePreviousOrder = d;
            return this;
        }

        /** @throws LoyaltyException {@value EarningRule#INVALID_RULE} when the settings do not fit the type */
        public EarningRule build() {
            return new EarningRule(this);
        }

        private <T> void replace(Set<T> target, Collection<T> values, String what) {
            target.clear();
            if (values == null) {
                return;
            }
            for (T value : values) {
                if (value == null) {
                    throw new LoyaltyException(INVALID_RULE, "rule " + id + ": " + what + " must not contain null");
                }
                target.add(value);
            }
        }
    }
}
