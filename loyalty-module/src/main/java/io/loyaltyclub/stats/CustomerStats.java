package io.loyaltyclub.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A customer's figures as the club keeps them (one row of {@code LOY_CUSTOMER_STATS}): orders that count (placed,
 * not cancelled, not wholly returned), what they spent (eligible amounts in the program's base currency, less
 * returns), the points those orders earned, the first and last order, and the tier.
 */
public final class CustomerStats {

    private final long customerId;
    private final int orderCount;
    private final BigDecimal totalSpent;
    private final long pointsEarned;
    private final Instant firstOrderAt;
    private final Instant lastOrderAt;
    private final String tierCode;
    private final boolean tierLocked;
    private final String tierReason;
    private final Instant tierSince;

    public CustomerStats(long customerId, int orderCount, BigDecimal totalSpent, long pointsEarned,
            Instant firstOrderAt, Instant lastOrderAt, String tierCode, boolean tierLocked, String tierReason,
            Instant tierSince) {
        this.customerId = customerId;
        this.orderCount = orderCount;
        this.totalSpent = totalSpent;
        this.pointsEarned = pointsEarned;
        this.firstOrderAt = firstOrderAt;
        this.lastOrderAt = lastOrderAt;
        this.tierCode = tierCode;
        this.tierLocked = tierLocked;
        this.tierReason = tierReason;
        this.tierSince = tierSince;
    }

    /** A customer the club has no figures for. */
    public static CustomerStats none(long customerId) {
        return new CustomerStats(customerId, 0, BigDecimal.ZERO, 0, null, null, null, false, null, null);
    }

    public long getCustomerId() {
        return customerId;
    }

    public int getOrderCount() {
        return orderCount;
    }

    public BigDecimal getTotalSpent() {
        return totalSpent;
    }

    /** Total spent / orders, to the cent (half up); zero without orders. */
    public BigDecimal getAverageOrderValue() {
        return orderCount == 0 ? BigDecimal.ZERO.setScale(2)
                : totalSpent.divide(BigDecimal.valueOf(orderCount), 2, RoundingMode.HALF_UP);
    }

    public long getPointsEarned() {
        return pointsEarned;
    }

    public Instant getFirstOrderAt() {
        return firstOrderAt;
    }

    public Instant getLastOrderAt() {
        return lastOrderAt;
    }

    public String getTierCode() {
        return tierCode;
    }

    public boolean isTierLocked() {
        return tierLocked;
    }

    /** Why an admin set the tier (while locked). */
    public String getTierReason() {
        return tierReason;
    }

    public Instant getTierSince() {
        return tierSince;
    }

    @Override
    public String toString() {
        return "customer " + customerId + ": " + orderCount + " orders, " + totalSpent.toPlainString() + " spent, "
                + pointsEarned + " points, tier " + tierCode + (tierLocked ? " (locked)" : "");
    }
}
