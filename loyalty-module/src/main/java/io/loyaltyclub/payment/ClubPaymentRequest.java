package io.loyaltyclub.payment;

import java.math.BigDecimal;

/** What a payment gateway asks the club to take at checkout: one store-credit or points payment of an order. */
public final class ClubPaymentRequest {

    private final String paymentRef;
    private final long orderId;
    private final long customerId;
    private final ClubPaymentKind kind;
    private final String currencyCode;
    private final BigDecimal orderTotal;
    private final BigDecimal amount;
    private final long points;

    private ClubPaymentRequest(String paymentRef, long orderId, long customerId, ClubPaymentKind kind,
            String currencyCode, BigDecimal orderTotal, BigDecimal amount, long points) {
        this.paymentRef = paymentRef;
        this.orderId = orderId;
        this.customerId = customerId;
        this.kind = kind;
        this.currencyCode = currencyCode;
        this.orderTotal = orderTotal;
        this.amount = amount;
        this.points = points;
    }

    /** {@code amount} of an order of {@code orderTotal} paid with store credit. */
    public static ClubPaymentRequest credit(String paymentRef, long orderId, long customerId, String currencyCode,
            BigDecimal orderTotal, BigDecimal amount) {
        return new ClubPaymentRequest(paymentRef, orderId, customerId, ClubPaymentKind.CREDIT, currencyCode, orderTotal,
                amount, 0);
    }

    /** {@code amount} of an order of {@code orderTotal} paid with {@code points}. */
    public static ClubPaymentRequest points(String paymentRef, long orderId, long customerId, String currencyCode,
            BigDecimal orderTotal, BigDecimal amount, long points) {
        return new ClubPaymentRequest(paymentRef, orderId, customerId, ClubPaymentKind.POINTS, currencyCode, orderTotal,
                amount, points);
    }

    boolean sameAs(ClubPayment payment) {
        return payment.getOrderId() == orderId && payment.getCustomerId() == customerId && payment.getKind() == kind
                && payment.getAmount().compareTo(amount) == 0 && payment.getPoints() == points;
    }

    public String getPaymentRef() {
        return paymentRef;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public ClubPaymentKind getKind() {
        return kind;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getOrderTotal() {
        return orderTotal;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getPoints() {
        return points;
    }
}
