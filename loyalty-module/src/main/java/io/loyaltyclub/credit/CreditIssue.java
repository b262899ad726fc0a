package io.loyaltyclub.credit;

import java.math.BigDecimal;
import java.time.Instant;

/** A request to give a member store credit. Build with {@link #of(long, BigDecimal, String, String)}. */
public final class CreditIssue {

    final long customerId;
    final BigDecimal amount;
    final String currencyCode;
    final String idempotencyKey;
    CreditSource source = CreditSource.ADMIN;
    Long orderId;
    String reason;
    Instant availableAt;
    Instant expiresAt;

    private CreditIssue(long customerId, BigDecimal amount, String currencyCode, String idempotencyKey) {
        this.customerId = customerId;
        this.amount = amount;
        this.currencyCode = currencyCode;
        this.idempotencyKey = idempotencyKey;
    }

    /** {@code amount} of {@code currencyCode}; the key makes a repeated call (a retry, a replayed job) count once. */
    public static CreditIssue of(long customerId, BigDecimal amount, String currencyCode, String idempotencyKey) {
        return new CreditIssue(customerId, amount, currencyCode, idempotencyKey);
    }

    /** Credit earned on an order (cash-back): its id; the source becomes {@link CreditSource#CASH_BACK}. */
    public CreditIssue fromOrder(long orderId) {
        this.orderId = orderId;
        this.source = CreditSource.CASH_BACK;
        return this;
    }

    public CreditIssue source(CreditSource source) {
        this.source = source;
        return this;
    }

    public CreditIssue reason(String reason) {
        this.reason = reason;
        return this;
    }

    /** Pending until then (the return window); {@code null} or a past instant: available at once. */
    public CreditIssue availableAt(Instant availableAt) {
        this.availableAt = availableAt;
        return this;
    }

    /** When the credit expires; {@code null}: never. Must be after it becomes available. */
    public CreditIssue expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }
}
