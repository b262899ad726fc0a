package io.loyaltyclub.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The program's headline figures at one moment. Immutable. */
public final class ProgramFigures {

    private final long members;
    private final long pointsAvailable;
    private final long pointsPending;
    private final long pointsIssued;
    private final long pointsRedeemed;
    private final long pointsExpired;
    private final long ordersAwarded;
    private final BigDecimal pointValue;
    private final String currency;

    public ProgramFigures(long members, long pointsAvailable, long pointsPending, long pointsIssued, long pointsRedeemed,
            long pointsExpired, long ordersAwarded, BigDecimal pointValue, String currency) {
        this.members = members;
        this.pointsAvailable = pointsAvailable;
        this.pointsPending = pointsPending;
        this.pointsIssued = pointsIssued;
        this.pointsRedeemed = pointsRedeemed;
        this.pointsExpired = pointsExpired;
        this.ordersAwarded = ordersAwarded;
        this.pointValue = pointValue;
        this.currency = currency;
    }

    public long getMembers() {
        return members;
    }

    public long getPointsAvailable() {
        return pointsAvailable;
    }

    public long getPointsPending() {
        return pointsPending;
    }

    /** Points members hold and may still spend: available (never below zero per member) plus pending. */
    public long getPointsOutstanding() {
        return pointsAvailable + pointsPending;
    }

    /** What the outstanding points are worth in the base currency: the program's liability, at the currency's scale. */
    public BigDecimal getLiability() {
        return pointValue.multiply(BigDecimal.valueOf(getPointsOutstanding()))
                .setScale(Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
    }

    public long getPointsIssued() {
        return pointsIssued;
    }

    public long getPointsRedeemed() {
        return pointsRedeemed;
    }

    public long getPointsExpired() {
        return pointsExpired;
    }

    public long getOrdersAwarded() {
        return ordersAwarded;
    }

    public String getCurrency() {
        return currency;
    }
}
