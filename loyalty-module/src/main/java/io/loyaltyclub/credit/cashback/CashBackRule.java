package io.loyaltyclub.credit.cashback;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import io.loyaltyclub.LoyaltyException;

/**
 * A cash-back rule as the engine uses it: a percentage of the eligible amount of the lines it covers, given back
 * as store credit. Immutable; built with {@link #builder(long, String)}.
 *
 * <ul>
 * <li>{@code percentage}: 10 means 10 % (more than 0, at most 100).</li>
 * <li>Window: in force from {@code startsAt} (inclusive) to {@code endsAt} (exclusive), judged on the order's
 * date; either end may be open.</li>
 * <li>Lines: a rule that names no products and no categories covers every line; otherwise a line is covered when
 * the rule names its product or one of its categories.</li>
 * <li>{@code minimumAmount}: the covered lines' eligible amount must reach it, or the rule gives nothing.</li>
 * <li>{@code capPerOrder}: the most the rule gives on one order.</li>
 * <li>{@code tierCodes}, {@code segmentCodes}: empty means every member; otherwise the member must hold one of the
 * tier codes (and one of the segment codes, when both are set).</li>
 * </ul>
 */
public final class CashBackRule {

    public static final String INVALID_RULE = "invalid_rule";

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final long id;
    private final String name;
    private final boolean active;
    private final BigDecimal percentage;
    private final Instant startsAt;
    private final Instant endsAt;
    private final Set<Long> productIds;
    private final Set<Long> categoryIds;
    private final BigDecimal minimumAmount;
    private final BigDecimal capPerOrder;
    private final Set<String> tierCodes;
    private final Set<String> segmentCodes;

    private CashBackRule(Builder b) {
        if (b.percentage == null || b.percentage.signum() <= 0 || b.percentage.compareTo(HUNDRED) > 0) {
            throw refusal(b, "needs a percentage above 0 and at most 100, was " + b.percentage);
        }
        if (b.startsAt != null && b.endsAt != null && !b.endsAt.isAfter(b.startsAt)) {
            throw refusal(b, "must end (" + b.endsAt + ") after it starts (" + b.startsAt + ")");
        }
        if (b.minimumAmount != null && b.minimumAmount.signum() < 0) {
            throw refusal(b, "cannot have a negative minimum order amount");
        }
        if (b.capPerOrder != null && b.capPerOrder.signum() <= 0) {
            throw refusal(b, "needs a cap above 0 (or no cap)");
        }
        this.id = b.id;
        this.name = b.name;
        this.active = b.active;
        this.percentage = b.percentage;
        this.startsAt = b.startsAt;
        this.endsAt = b.endsAt;
        this.productIds = Collections.unmodifiableSet(new LinkedHashSet<Long>(b.productIds));
        this.categoryIds = Collections.unmodifiableSet(new LinkedHashSet<Long>(b.categoryIds));
        this.minimumAmount = b.minimumAmount;
        this.capPerOrder = b.capPerOrder;
        this.tierCodes = Collections.unmodifiableSet(new LinkedHashSet<String>(b.tierCodes));
        this.segmentCodes = Collections.unmodifiableSet(new LinkedHashSet<String>(b.segmentCodes));
    }

    private static LoyaltyException refusal(Builder b, String problem) {
        return new LoyaltyException(INVALID_RULE, "cash-back rule " + b.id + (b.name == null ? "" : " '" + b.name + "'")
                + " " + problem);
    }

    public static Builder builder(long id, String name) {
        return new Builder(id, name);
    }

    /** Whether the rule applies to an order placed at {@code at} by a member holding these codes. */
    boolean appliesTo(Instant at, Set<String> memberTiers, Set<String> memberSegments) {
        return active
                && (startsAt == null || !at.isBefore(startsAt))
                && (endsAt == null || at.isBefore(endsAt))
                && holdsOne(tierCodes, memberTiers)
                && holdsOne(segmentCodes, memberSegments);
    }

    boolean covers(CashBackLine line) {
        if (productIds.isEmpty() && categoryIds.isEmpty()) {
            return true;
        }
        if (productIds.contains(line.getProductId())) {
            return true;
        }
        return !Collections.disjoint(categoryIds, line.getCategoryIds());
    }

    private static boolean holdsOne(Set<String> required, Set<String> held) {
        return required.isEmpty() || !Collections.disjoint(required, held);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Set<Long> getProductIds() {
        return productIds;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public BigDecimal getMinimumAmount() {
        return minimumAmount;
    }

    public BigDecimal getCapPerOrder() {
        return capPerOrder;
    }

    public Set<String> getTierCodes() {
        return tierCodes;
    }

    public Set<String> getSegmentCodes() {
        return segmentCodes;
    }

    @Override
    public String toString() {
        return "cash-back rule " + id + " '" + name + "' (" + percentage.stripTrailingZeros().toPlainString() + " %)";
    }

    /** Builds a {@link CashBackRule}; {@link #build()} checks the settings (code {@value #INVALID_RULE}). */
    public static final class Builder {
        private final long id;
        private final String name;
        private boolean active = true;
        private BigDecimal percentage;
        private Instant startsAt;
        private Instant endsAt;
        private Set<Long> productIds = Collections.emptySet();
        private Set<Long> categoryIds = Collections.emptySet();
        private BigDecimal minimumAmount;
        private BigDecimal capPerOrder;
        private Set<String> tierCodes = Collections.emptySet();
        private Set<String> segmentCodes = Collections.emptySet();

        private Builder(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public Builder percentage(BigDecimal percentage) {
            this.percentage = percentage;
            return this;
        }

        public Builder window(Instant startsAt, Instant endsAt) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            return this;
        }

        public Builder productIds(Collection<Long> productIds) {
            this.productIds = new LinkedHashSet<Long>(productIds);
            return this;
        }

        public Builder categoryIds(Collection<Long> categoryIds) {
            this.categoryIds = new LinkedHashSet<Long>(categoryIds);
            return this;
        }

        public Builder minimumAmount(BigDecimal minimumAmount) {
            this.minimumAmount = minimumAmount;
            return this;
        }

        public Builder capPerOrder(BigDecimal capPerOrder) {
            this.capPerOrder = capPerOrder;
            return this;
        }

        public Builder tierCodes(Collection<String> tierCodes) {
            this.tierCodes = new LinkedHashSet<String>(tierCodes);
            return this;
        }

        public Builder segmentCodes(Collection<String> segmentCodes) {
            this.segmentCodes = new LinkedHashSet<String>(segmentCodes);
            return this;
        }

        public CashBackRule build() {
            return new CashBackRule(this);
        }
    }
}
