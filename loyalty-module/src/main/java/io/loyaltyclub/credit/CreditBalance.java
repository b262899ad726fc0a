package io.loyaltyclub.credit;

import java.math.BigDecimal;

/**
 * A member's store-credit balances at one moment, at the currency's scale. Immutable; a member without an account
 * (or whose account holds no entry yet) has no currency and zeros everywhere.
 */
public final class CreditBalance {

    private final long customerId;
    private final String currencyCode;
    private final BigDecimal available;
    private final BigDecimal pending;
    private final BigDecimal lifetimeIssued;
    private final BigDecimal spent;
    private final BigDecimal expired;
    private final BigDecimal unrecovered;

    public CreditBalance(long customerId, String currencyCode, BigDecimal available, BigDecimal pending,
            BigDecimal lifetimeIssued, BigDecimal spent, BigDecimal expired, BigDecimal unrecovered) {
        this.customerId = customerId;
        this.currencyCode = currencyCode;
        this.available = CreditAmounts.atScale(available, currencyCode);
        this.pending = CreditAmounts.atScale(pending, currencyCode);
        this.lifetimeIssued = CreditAmounts.atScale(lifetimeIssued, currencyCode);
        this.spent = CreditAmounts.atScale(spent, currencyCode);
        this.expired = CreditAmounts.atScale(expired, currencyCode);
        this.unrecovered = CreditAmounts.atScale(unrecovered, currencyCode);
    }

    static CreditBalance of(CreditAccount account) {
        return new CreditBalance(account.getCustomerId(), account.getCurrencyCode(), account.getAvailable(),
                account.getPending(), account.getLifetimeIssued(), account.getSpent(), account.getExpired(),
                account.getUnrecovered());
    }

    public static CreditBalance empty(long customerId) {
        BigDecimal zero = BigDecimal.ZERO;
        return new CreditBalance(customerId, null, zero, zero, zero, zero, zero, zero);
    }

    public long getCustomerId() {
        return customerId;
    }

    /** The account's currency; {@code null} before its first entry. */
    public String getCurrencyCode() {
        return currencyCode;
    }

    /** Spendable now; never negative. */
    public BigDecimal getAvailable() {
        return available;
    }

    /** Issued but not yet spendable (inside the order's return window). */
    public BigDecimal getPending() {
        return pending;
    }

    /** Everything ever issued, less what was revoked. */
    public BigDecimal getLifetimeIssued() {
        return lifetimeIssued;
    }

    /** Spent, less what refunds gave back. */
    public BigDecimal getSpent() {
        return spent;
    }

    public BigDecimal getExpired() {
        return expired;
    }

    /** Revoked credit that could not be taken back because it had been spent. */
    public BigDecimal getUnrecovered() {
        return unrecovered;
    }

    @Override
    public String toString() {
        return "CreditBalance[customer " + customerId + ", " + currencyCode + ": available " + available + ", pending "
                + pending + ", issued " + lifetimeIssued + ", spent " + spent + ", expired " + expired + "]";
    }
}
