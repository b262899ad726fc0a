package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.loyaltyclub.earning.OrderLineForEarning;

/** What the club needs to know of an order at checkout, taken from the shop's order. Immutable. */
public final class ClubOrderSnapshot {

    private final long orderId;
    private final long customerId;
    private final String currencyCode;
    private final BigDecimal subtotal;
    private final int itemQuantity;
    private final Instant orderedAt;
    private final List<OrderLineForEarning> lines;

    public ClubOrderSnapshot(long orderId, long customerId, String currencyCode, BigDecimal subtotal, int itemQuantity) {
        this(orderId, customerId, currencyCode, subtotal, itemQuantity, Instant.EPOCH,
                Collections.<OrderLineForEarning>emptyList());
    }

    public ClubOrderSnapshot(long orderId, long customerId, String currencyCode, BigDecimal subtotal, int itemQuantity,
            Instant orderedAt, List<OrderLineForEarning> lines) {
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
        this.orderedAt = Objects.requireNonNull(orderedAt, "orderedAt");
        this.lines = Collections.unmodifiableList(new ArrayList<OrderLineForEarning>(lines));
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

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public List<OrderLineForEarning> getLines() {
        return lines;
    }

    /** The sum of the lines' eligible amounts. */
    public BigDecimal getEligibleAmount() {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderLineForEarning line : lines) {
            total = total.add(line.getEligibleAmount());
        }
        return total;
    }
}
