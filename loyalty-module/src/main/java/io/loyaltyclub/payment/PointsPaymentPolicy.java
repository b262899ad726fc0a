package io.loyaltyclub.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.loyaltyclub.LoyaltyException;

/**
 * How members may pay with points: what a point is worth, the fewest points one payment uses, the step the
 * number must be a multiple of, and the largest share of an order that points may pay.
 *
 * <p>Rounding: money is never created by rounding. The value of some points is rounded <em>down</em> to the
 * currency's minor unit; the most points an order accepts is the largest multiple of the step whose value
 * stays within the order's share, so the money a payment covers never exceeds the share.</p>
 *
 * <p>Amounts are in the order's currency; {@code rateToBase} turns them into the program's base currency, the
 * currency a point's value is stated in (1 when they are the same).</p>
 */
public final class PointsPaymentPolicy {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final boolean enabled;
    private final BigDecimal pointValue;
    private final long minimumPoints;
    private final long stepPoints;
    private final BigDecimal maxSharePercent;

    public PointsPaymentPolicy(boolean enabled, BigDecimal pointValue, long minimumPoints, long stepPoints,
            BigDecimal maxSharePercent) {
        if (pointValue == null || pointValue.signum() <= 0) {
            throw new IllegalArgumentException("a point is worth more than nothing, was " + pointValue);
        }
        if (stepPoints < 1 || minimumPoints < 0) {
            throw new IllegalArgumentException("step " + stepPoints + ", minimum " + minimumPoints);
        }
        if (maxSharePercent == null || maxSharePercent.signum() < 0 || maxSharePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the share is 0 to 100 percent, was " + maxSharePercent);
        }
        this.enabled = enabled;
        this.pointValue = pointValue;
        this.minimumPoints = minimumPoints;
        this.stepPoints = stepPoints;
        this.maxSharePercent = maxSharePercent;
    }

    /** What {@code points} are worth in the order's currency, rounded down to its minor unit. */
    public BigDecimal valueOf(long points, BigDecimal rateToBase, int scale) {
        return pointValue.multiply(BigDecimal.valueOf(points)).divide(rateToBase, scale, RoundingMode.DOWN);
    }

    /** The most points an order of {@code orderTotal} accepts: a multiple of the step, possibly 0. */
    public long maxPointsFor(BigDecimal orderTotal, BigDecimal rateToBase, int scale) {
        if (!enabled || orderTotal.signum() <= 0) {
            return 0;
        }
        BigDecimal share = orderTotal.multiply(maxSharePercent).divide(HUNDRED, scale, RoundingMode.DOWN);
        long points = share.multiply(rateToBase).divide(pointValue, 0, RoundingMode.DOWN).longValue();
        points -= points % stepPoints;
        // The division above is exact to the point; the value is rounded down again, so this only guards
        // against an exchange rate with more decimals than the currency.
        while (points > 0 && valueOf(points, rateToBase, scale).compareTo(share) > 0) {
            points -= stepPoints;
        }
        return points < minimumPoints ? 0 : points;
    }

    /**
     * Checks a member's request to pay {@code points} on an order; refuses what the program does not allow with
     * a message the member can act on. {@code available} is the member's spendable balance.
     */
    public void check(long points, long available, BigDecimal orderTotal, BigDecimal rateToBase, int scale) {
        if (!enabled) {
            throw new LoyaltyException("points_payment_disabled", "paying with points is not offered");
        }
        if (points <= 0) {
            throw new LoyaltyException("invalid_points", "pay with a positive number of points, not " + points);
        }
        if (points % stepPoints != 0) {
            throw new LoyaltyException("invalid_points_step", "points are paid in multiples of " + stepPoints
                    + "; " + points + " is not one");
        }
        if (points < minimumPoints) {
            throw new LoyaltyException("below_points_minimum", "pay at least " + minimumPoints + " points, not " + points);
        }
        if (points > available) {
            throw new LoyaltyException("insufficient_points", "you have " + available + " points available, "
                    + points + " were asked");
        }
        long most = maxPointsFor(orderTotal, rateToBase, scale);
        if (points > most) {
            throw new LoyaltyException("exceeds_points_share", "points may pay at most " + maxSharePercent.stripTrailingZeros().toPlainString()
                    + "% of this order: " + most + " points");
        }
    }

    /**
     * The points a payment still uses after the order changed: what the member asked for, cut to what the
     * order now accepts, a multiple of the step; 0 when that falls below the minimum.
     */
    public long limit(long requested, BigDecimal orderTotal, BigDecimal rateToBase, int scale) {
        long points = Math.min(requested, maxPointsFor(orderTotal, rateToBase, scale));
        points -= points % stepPoints;
        return points < minimumPoints ? 0 : points;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public BigDecimal getPointValue() {
        return pointValue;
    }

    public long getMinimumPoints() {
        return minimumPoints;
    }

    public long getStepPoints() {
        return stepPoints;
    }

    public BigDecimal getMaxSharePercent() {
        return maxSharePercent;
    }
}
