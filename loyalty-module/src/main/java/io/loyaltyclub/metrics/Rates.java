package io.loyaltyclub.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of the metrics: shares to {@link #SHARE_SCALE} decimals and averages to a stated scale, both
 * rounded half up; {@code null} ("not defined") when there is nothing to divide by.
 */
public final class Rates {

    /** Shares are fractions (0.2500 is 25 %) with four decimals. */
    public static final int SHARE_SCALE = 4;

    private Rates() {
    }

    /** {@code part / whole} to four decimals; null when {@code whole} is 0. */
    public static BigDecimal share(long part, long whole) {
        if (whole < 0 || part < 0) {
            throw new IllegalArgumentException("shares are of counts, not of " + part + " / " + whole);
        }
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code total / count} to {@code scale} decimals; null when {@code count} is 0. */
    public static BigDecimal average(BigDecimal total, long count, int scale) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot average over " + count + " items");
        }
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }

    /** An amount to {@code scale} decimals, half up. */
    public static BigDecimal money(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_UP);
    }
}
