package io.loyaltyclub.rewards.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;

/**
 * A reward's availability as the merchant set it: price in points, window, tiers and segments allowed (none:
 * everyone), stock, limit per customer, and a budget per month in points and in money (null: no limit).
 */
public final class RewardTerms {

    final long pointsPrice;
    final BigDecimal value;
    final Instant availableFrom;
    final Instant availableUntil;
    final Set<String> tiers;
    final Set<String> segments;
    final Long stock;
    final Long limitPerCustomer;
    final Long monthlyPointsBudget;
    final BigDecimal monthlyMoneyBudget;

    public RewardTerms(long pointsPrice, BigDecimal value, Instant availableFrom, Instant availableUntil, Set<String> tiers,
            Set<String> segments, Long stock, Long limitPerCustomer, Long monthlyPointsBudget, BigDecimal monthlyMoneyBudget) {
        this.pointsPrice = pointsPrice;
        this.value = value == null ? BigDecimal.ZERO : value;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
        this.tiers = tiers == null ? Collections.<String>emptySet() : tiers;
        this.segments = segments == null ? Collections.<String>emptySet() : segments;
        this.stock = stock;
        this.limitPerCustomer = limitPerCustomer;
        this.monthlyPointsBudget = monthlyPointsBudget;
        this.monthlyMoneyBudget = monthlyMoneyBudget;
    }

    public long getPointsPrice() {
        return pointsPrice;
    }

    /** The money one redemption gives away (what the money budget counts). */
    public BigDecimal getValue() {
        return value;
    }
}
