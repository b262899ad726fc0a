package io.loyaltyclub.credit;

import java.math.BigDecimal;

/** A request to use a member's store credit. Build with {@link #of(long, BigDecimal, String, String)}. */
public final class CreditSpend {

    final long customerId;
    final BigDecimal amount;
    final String currencyCode;
    final String idempotencyKey;
    CreditSource source = CreditSource.PAYMENT;
    Long orderId;
    String reason;

    private CreditSpend(long customerId, BigDecimal amount, String currencyCode, String idempotencyKey) {
        this.customerId = customerId;
        this.amount = amount;
        this.currencyCode = currencyCode;
        this.idempotencyKey = idempotencyKey;
    }

    public static CreditSpend of(long customerId, BigDecimal amount, String currencyCode, String idempotencyKey) {
        return new CreditSpend(customerId, amount, currencyCode, idempotencyKey);
    }

    /** The order the credit pays for. */
    public CreditSpend forOrder(long orderId) {
        this.orderId = orderId;
        return this;
    }

    public CreditSpend reason(String reason) {
        this.reason = reason;
        return this;
    }

    public CreditSpend source(CreditSource source) {
        this.source = source;
        return this;
    }
}
