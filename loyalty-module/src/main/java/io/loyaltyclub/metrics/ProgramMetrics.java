package io.loyaltyclub.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The program's metrics for one range and currency, as {@link ProgramMetricsService} works them out (the README's
 * "Program metrics" defines each). Money is in {@link #getCurrency()} at its scale; shares are fractions with four
 * decimals; a null figure is undefined (nothing to divide by). Immutable.
 */
public final class ProgramMetrics {

    /** The label of members without a tier in {@link #getMembersByTier()}. */
    public static final String NO_TIER = "(no tier)";

    final MetricsPeriod period;
    final String currency;
    final int moneyScale;
    long customers;
    long members;
    BuyerGroup memberBuyers;
    BuyerGroup otherBuyers;
    BigDecimal memberSpendToDate;
    long pointsIssued;
    long pointsRedeemed;
    long pointsExpired;
    List<WeeklyPoints> weeklyPoints = Collections.emptyList();
    long pointsOutstanding;
    BigDecimal pointValue;
    BigDecimal pointsLiability;
    BigDecimal creditOutstanding;
    BigDecimal rewardsRedeemedValue;
    BigDecimal pointsPaymentsValue;
    BigDecimal cashBackIssued;
    Map<String, Long> membersByTier = Collections.emptyMap();
    List<Cohort> cohorts = Collections.emptyList();

    ProgramMetrics(MetricsPeriod period, String currency, int moneyScale) {
        this.period = period;
        this.currency = currency;
        this.moneyScale = moneyScale;
    }

    public MetricsPeriod getPeriod() {
        return period;
    }

    public String getCurrency() {
        return currency;
    }

    public int getMoneyScale() {
        return moneyScale;
    }

    public long getCustomers() {
        return customers;
    }

    public long getMembers() {
        return members;
    }

    public BigDecimal getMemberShare() {
        return Rates.share(members, customers);
    }

    public BuyerGroup getMemberBuyers() {
        return memberBuyers;
    }

    public BuyerGroup getOtherBuyers() {
        return otherBuyers;
    }

    public BigDecimal getRepeatPurchaseRate() {
        return BuyerGroup.combine(memberBuyers, otherBuyers).repeatPurchaseRate();
    }

    public BigDecimal getMemberAverageOrderValue() {
        return memberBuyers.averageOrderValue(moneyScale);
    }

    public BigDecimal getOtherAverageOrderValue() {
        return otherBuyers.averageOrderValue(moneyScale);
    }

    public BigDecimal getMemberPurchaseFrequency() {
        return memberBuyers.purchaseFrequency();
    }

    public BigDecimal getOtherPurchaseFrequency() {
        return otherBuyers.purchaseFrequency();
    }

    public BigDecimal getCustomerLifetimeValue() {
        return Rates.average(memberSpendToDate, members, moneyScale);
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

    public BigDecimal getRedemptionRate() {
        return pointsIssued <= 0 ? null : Rates.share(Math.max(pointsRedeemed, 0), pointsIssued);
    }

    public List<WeeklyPoints> getWeeklyPoints() {
        return weeklyPoints;
    }

    public long getPointsOutstanding() {
        return pointsOutstanding;
    }

    public BigDecimal getPointValue() {
        return pointValue;
    }

    public BigDecimal getPointsLiability() {
        return pointsLiability;
    }

    public BigDecimal getCreditOutstanding() {
        return creditOutstanding;
    }

    public BigDecimal getLiability() {
        return pointsLiability.add(creditOutstanding);
    }

    public BigDecimal getRewardsRedeemedValue() {
        return rewardsRedeemedValue;
    }

    public BigDecimal getPointsPaymentsValue() {
        return pointsPaymentsValue;
    }

    public BigDecimal getCashBackIssued() {
        return cashBackIssued;
    }

    public BigDecimal getRewardCost() {
        return rewardsRedeemedValue.add(pointsPaymentsValue).add(cashBackIssued);
    }

    public Map<String, Long> getMembersByTier() {
        return membersByTier;
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }
}
