package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A completed order as the earning rules see it: its lines' eligible amounts, the rate that converts them to the
 * program's base currency, the time it was placed and the customer's history. Immutable.
 */
public final class OrderForEarning {

    private final long orderId;
    private final long customerId;
    private final String currencyCode;
    private final BigDecimal exchangeRate;
    private final Instant orderedAt;
    private final List<OrderLineForEarning> lines;
    private final CustomerHistory history;

    /**
     * @param currencyCode the order's ISO 4217 currency
     * @param exchangeRate how many units of the base currency one unit of the order's currency is worth; 1 when
     * the order is in the base currency
     * @param orderedAt when the order was placed; rule windows and campaign days are judged at this instant
     * @param lines the order's lines, each line id once (an order may have no lines)
     * @throws IllegalArgumentException when a value is missing or out of range, or a line id repeats
     */
    public OrderForEarning(long orderId, long customerId, String currencyCode, BigDecimal exchangeRate,
            Instant orderedAt, List<OrderLineForEarning> lines, CustomerHistory history) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "order " + orderId + ": currency code must be three capital letters (ISO 4217), was " + currencyCode);
        }
        Objects.requireNonNull(exchangeRate, "exchangeRate");
        if (exchangeRate.signum() <= 0) {
            throw new IllegalArgumentException(
                    "order " + orderId + ": exchange rate must be positive, was " + exchangeRate.toPlainString());
        }
        if (!Decimals.withinLimits(exchangeRate)) {
            throw new IllegalArgumentException("order " + orderId + ": exchange rate " + exchangeRate.toPlainString()
                    + " is out of range (" + Decimals.LIMITS + ")");
        }
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(history, "history");
        Set<Long> lineIds = new HashSet<>();
        for (OrderLineForEarning line : lines) {
            if (line == null) {
                throw new IllegalArgumentException("order " + orderId + ": lines must not contain null");
            }
            if (!lineIds.add(line.getLineId())) {
                throw new IllegalArgumentException("order " + orderId + ": line id " + line.getLineId() + " repeats");
            }
        }
        this.orderId = orderId;
        this.customerId = customerId;
        this.currencyCode = currencyCode;
        this.exchangeRate = exchangeRate;
        this.orderedAt = orderedAt;
        this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
        this.history = history;
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

    /** Units of base currency per unit of the order's currency. */
    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public List<OrderLineForEarning> getLines() {
        return lines;
    }

    public CustomerHistory getHistory() {
        return history;
    }

    @Override
    public String toString() {
        return "order " + orderId + " of customer " + customerId + " in " + currencyCode + " at rate "
                + exchangeRate.toPlainString() + ", " + orderedAt + ", " + lines + ", " + history;
    }
}
