package io.loyaltyclub.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import io.loyaltyclub.LoyaltyException;

/**
 * Money in the credit ledger: amounts are {@link BigDecimal}s at the scale of their currency
 * ({@link Currency#getDefaultFractionDigits()}: 2 for USD, 0 for JPY, 3 for KWD). Inside the ledger they are
 * counted in minor units (cents, yen) so that lots and allocations add up exactly. Nothing here rounds: an amount
 * with more decimals than its currency has is refused.
 */
public final class CreditAmounts {

    /** The largest amount one entry may carry, in units of its currency. */
    public static final BigDecimal MAX_PER_ENTRY = new BigDecimal("1000000");

    private CreditAmounts() {
    }

    /** The currency's scale; refused ({@code invalid_currency}) for a code that is no ISO 4217 currency with a minor unit. */
    public static int scaleOf(String currencyCode) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw new LoyaltyException("invalid_currency", "a currency is a three-letter ISO 4217 code, was " + currencyCode);
        }
        int digits;
        try {
            digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            throw new LoyaltyException("invalid_currency", "unknown currency " + currencyCode);
        }
        if (digits < 0) {
            throw new LoyaltyException("invalid_currency", currencyCode + " is not money a shop can give as credit");
        }
        return digits;
    }

    /**
     * The positive amount in minor units; refused ({@code invalid_amount}) when it is missing, zero or negative, has
     * more decimals than the currency, or is above {@link #MAX_PER_ENTRY}.
     */
    public static long requirePositive(BigDecimal amount, int scale) {
        if (amount == null || amount.signum() <= 0) {
            throw new LoyaltyException("invalid_amount", "an amount must be positive, was "
                    + (amount == null ? null : amount.toPlainString()));
        }
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new LoyaltyException("invalid_amount", amount.toPlainString() + " has more than " + scale
                    + " decimals; credit is never rounded");
        }
        if (amount.compareTo(MAX_PER_ENTRY) > 0) {
            throw new LoyaltyException("invalid_amount", "one entry carries at most " + MAX_PER_ENTRY.toPlainString()
                    + ", was " + amount.toPlainString());
        }
        return units(amount, scale);
    }

    /** Minor units of an amount that is exact at the scale (what the ledger stored): {@code 12.34000} at 2 is 1234. */
    public static long units(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** The amount of {@code units} minor units at the scale: 1234 at 2 is {@code 12.34}. */
    public static BigDecimal amount(long units, int scale) {
        return BigDecimal.valueOf(units, scale);
    }

    /** A stored amount at its currency's scale ({@code 12.34000} becomes {@code 12.34}); unchanged without a currency. */
    static BigDecimal atScale(BigDecimal stored, String currencyCode) {
        if (stored == null || currencyCode == null) {
            return stored;
        }
        return stored.setScale(scaleOf(currencyCode), RoundingMode.UNNECESSARY);
    }
}
