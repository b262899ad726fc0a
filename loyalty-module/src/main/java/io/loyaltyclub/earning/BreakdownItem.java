package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of an order's {@link EarningBreakdown}: which rule (or which program setting) gave or took how many
 * points, and why. Immutable.
 *
 * <p>{@link #getExactPoints() Exact points} are what the rule computed before rounding; {@link #getPoints() points}
 * are whole points, shared out so that the items of a breakdown add up to its total (see {@link PointsRounding}):
 * each is its exact points rounded down or up. Caps are negative items.</p>
 */
public final class BreakdownItem {

    /** Where an item comes from. */
    public enum Kind {
        /** An earning rule: base rate, multiplier, bonus, or an exclusion (which gives 0 points). */
        RULE,
        /** Gift-card lines that earn nothing because the program says gift cards do not earn (0 points). */
        GIFT_CARDS_DO_NOT_EARN,
        /** The cap per order took points away. */
        ORDER_CAP,
        /** The cap per customer per day took points away. */
        DAILY_CAP,
        /** The cap per customer per month took points away. */
        MONTHLY_CAP;

        public boolean isCap() {
            return this == ORDER_CAP || this == DAILY_CAP || this == MONTHLY_CAP;
        }
    }

    private final Kind kind;
    private final Long ruleId;
    private final EarningRuleType ruleType;
    private final String reason;
    private final BigDecimal exactPoints;
    private final long points;
    private final List<Long> lineIds;

    BreakdownItem(Kind kind, EarningRule rule, String reason, BigDecimal exactPoints, long points,
            List<Long> lineIds) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.RULE) != (rule != null)) {
            throw new IllegalArgumentException("an item has a rule exactly when it is of kind RULE, was " + kind);
        }
        if (kind.isCap() ? points >= 0 : points < 0) {
            throw new IllegalArgumentException(kind + " items cannot have " + points + " points");
        }
        this.ruleId = rule == null ? null : rule.getId();
        this.ruleType = rule == null ? null : rule.getType();
        this.reason = Objects.requireNonNull(reason, "reason");
        this.exactPoints = Objects.requireNonNull(exactPoints, "exactPoints");
        this.points = points;
        this.lineIds = Collections.unmodifiableList(new ArrayList<>(lineIds));
    }

    public Kind getKind() {
        return kind;
    }

    /** The rule's id, or {@code null} for gift cards and caps. */
    public Long getRuleId() {
        return ruleId;
    }

    /** The rule's type, or {@code null} for gift cards and caps. */
    public EarningRuleType getRuleType() {
        return ruleType;
    }

    /** Why, in plain English, for the storefront and the admin. */
    public String getReason() {
        return reason;
    }

    /** The points before rounding (for a cap, the whole points it took away). */
    public BigDecimal getExactPoints() {
        return exactPoints;
    }

    /** Whole points; negative for caps. */
    public long getPoints() {
        return points;
    }

    /** The lines the item is about (for order-wide bonuses and caps: none). */
    public List<Long> getLineIds() {
        return lineIds;
    }

    @Override
    public String toString() {
        return (points >= 0 ? "+" : "") + points + " " + reason;
    }
}
