package io.loyaltyclub.earning;

import java.math.BigDecimal;

/**
 * The size of decimal numbers the engine accepts (amounts, exchange rates, earning rates, coefficients).
 * Bounding them keeps every product and sum of the engine small and fast, so an absurd value is refused
 * where it enters instead of slowing down or overflowing a checkout.
 */
final class Decimals {

    static final int MAX_INTEGER_DIGITS = 18;
    static final int MAX_FRACTION_DIGITS = 12;

    static final String LIMITS = "at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
            + MAX_FRACTION_DIGITS + " after";

    private Decimals() {
    }

    static boolean withinLimits(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= MAX_FRACTION_DIGITS
                && stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS;
    }

    /** The value without insignificant zeros, written without an exponent: {@code 2.00} becomes {@code 2}. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
