package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.util.Objects;

/** What the club needs to know of an order at checkout, taken from the shop's order. Immutable. */
public final class ClubOrderSnapshot {

    private final long orderId;
    private final long customerId;
    private final String currencyCode;
    private final BigDecimal subtotal;
    private final int itemQuantity;

    public ClubOrderSnapshot(long orderId, long customerId, String currencyCode, BigDecimal subtotal, int itemQuantity) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency code must be three capital letters (ISO 4217), was " + currencyCode);
        }
        Objects.requireNonNull(subtotal, "subtotal");
        if (subtotal.signum() < 0) {
            throw new IllegalArgumentException("subtotal must not be negative, was " + subtotal);
        }
        if (itemQuantity < 0) {
            throw new IllegalArgumentException("item quantity must not be negative, was " + itemQuantity);
        }
        this.orderId = orderId;
        this.customerId = customerId;
        this.currencyCode = currencyCode;
        this.subtotal = subtotal;
        this.itemQuantity = itemQuantity;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public int getItemQuantity() {
        return itemQuantity;
    }
}
