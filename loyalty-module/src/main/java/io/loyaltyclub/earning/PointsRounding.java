package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.loyaltyclub.LoyaltyException;

/**
 * The one place where exact points become whole points.
 *
 * <ul>
 * <li>An order's points are computed exactly (as {@code BigDecimal}) per line and per bonus, summed, and the sum is
 * rounded <b>down once per order</b> ({@link #floorOrderPoints}); lines are never rounded on their own, so an order
 * of three lines earning 49.995 points each earns 149 points, not 147.</li>
 * <li>A whole number of points is then shared out (to lines, to breakdown items) by the <b>largest-remainder
 * method</b> ({@link #largestRemainder}): every share first gets its quota rounded down, and the points still
 * missing go one each to the shares with the largest remainders, earlier shares first on equal remainders. The
 * shares are non-negative, add up exactly to the whole, and each is its quota rounded down or up.</li>
 * </ul>
 */
public final class PointsRounding {

    /** Code of the refusal when an order would earn more points than a {@code long} holds. */
    public static final String POINTS_OUT_OF_RANGE = "points_out_of_range";

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private PointsRounding() {
    }

    /**
     * Rounds an order's exact points down to whole points.
     *
     * @throws IllegalArgumentException when the points are negative
     * @throws LoyaltyException {@value #POINTS_OUT_OF_RANGE} when they do not fit in a {@code long}
     */
    public static long floorOrderPoints(BigDecimal exactPoints) {
        Objects.requireNonNull(exactPoints, "exactPoints");
        if (exactPoints.signum() < 0) {
            throw new IllegalArgumentException("points must not be negative, were " + exactPoints.toPlainString());
        }
        BigDecimal floored = exactPoints.setScale(0, RoundingMode.FLOOR);
        if (floored.compareTo(LONG_MAX) > 0) {
            throw new LoyaltyException(POINTS_OUT_OF_RANGE,
                    "the order would earn " + floored.toPlainString() + " points, more than can be recorded");
        }
        return floored.longValueExact();
    }

    /**
     * Shares {@code total} points out by the largest-remainder method. Share {@code i} has the quota
     * {@code quotaNumerators[i] / denominator}; the quotas must add up to at least {@code total} and to less than
     * {@code total + 1} (they are exact points whose sum was rounded down to {@code total}, or a proportional split
     * of {@code total}). Using one denominator keeps the quotas exact even when they are fractions such as thirds.
     *
     * @return the shares, in the order of the quotas: each is its quota rounded down or up, they are never
     * negative, a zero quota gets zero, and they add up to {@code total}
     * @throws IllegalArgumentException when the quotas do not add up as described
     */
    public static long[] largestRemainder(long total, List<BigDecimal> quotaNumerators, BigDecimal denominator) {
        Objects.requireNonNull(quotaNumerators, "quotaNumerators");
        Objects.requireNonNull(denominator, "denominator");
        if (total < 0) {
            throw new IllegalArgumentException("the total to share must not be negative, was " + total);
        }
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("the denominator must be positive, was " + denominator);
        }
        int count = quotaNumerators.size();
        long[] shares = new long[count];
        final BigDecimal[] remainders = new BigDecimal[count];
        BigDecimal floorSum = BigDecimal.ZERO;
        int positiveRemainders = 0;
        for (int i = 0; i < count; i++) {
            BigDecimal numerator = Objects.requireNonNull(quotaNumerators.get(i), "quota numerator");
            if (numerator.signum() < 0) {
                throw new IllegalArgumentException("quotas must not be negative, was " + numerator + " at " + i);
            }
            BigDecimal[] quotientAndRemainder = numerator.divideAndRemainder(denominator);
            floorSum = floorSum.add(quotientAndRemainder[0]);
            if (floorSum.compareTo(BigDecimal.valueOf(total)) > 0) {
                throw new IllegalArgumentException("the quotas add up to more than " + total + " + 1");
            }
            shares[i] = quotientAndRemainder[0].longValueExact();
            remainders[i] = quotientAndRemainder[1];
            if (remainders[i].signum() > 0) {
                positiveRemainders++;
            }
        }
        long missing = total - floorSum.longValueExact();
        if (missing > positiveRemainders) {
            throw new IllegalArgumentException("the quotas add up to less than the total " + total);
        }
        List<Integer> byRemainder = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byRemainder.add(i);
        }
        // A stable sort keeps earlier shares first among equal remainders.
        Collections.sort(byRemainder, new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                return remainders[b].compareTo(remainders[a]);
            }
        });
        for (int k = 0; k < missing; k++) {
            shares[byRemainder.get(k)]++;
        }
        return shares;
    }

    /**
     * Shares {@code total} points out in proportion to non-negative weights, by the largest-remainder method
     * (quota {@code i} is {@code total * weight[i] / sum of weights}).
     *
     * @throws IllegalArgumentException when a weight is negative, or all weights are zero while the total is not
     */
    public static long[] proportionally(long total, List<BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        if (total < 0) {
            throw new IllegalArgumentException("the total to share must not be negative, was " + total);
        }
        BigDecimal weightSum = BigDecimal.ZERO;
        List<BigDecimal> numerators = new ArrayList<>(weights.size());
        BigDecimal whole = BigDecimal.valueOf(total);
        for (BigDecimal weight : weights) {
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weights must not be negative, was " + weight);
            }
            weightSum = weightSum.add(weight);
            numerators.add(weight.multiply(whole));
        }
        if (total == 0) {
            return new long[weights.size()];
        }
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("cannot share " + total + " points among weights that are all zero: "
                    + Arrays.toString(weights.toArray()));
        }
        return largestRemainder(total, numerators, weightSum);
    }
}
