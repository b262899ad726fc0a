package io.loyaltyclub.metrics;

import java.math.BigDecimal;

/**
 * What one group of customers (members, or the others) bought in a metrics range: the customers with at least
 * one order, those with two or more, the orders and their value.
 */
public final class BuyerGroup {

    /** Purchase frequency (orders per buying customer) is stated with two decimals. */
    public static final int FREQUENCY_SCALE = 2;

    private final long buyers;
    private final long repeatBuyers;
    private final long orders;
    private final BigDecimal revenue;

    public BuyerGroup(long buyers, long repeatBuyers, long orders, BigDecimal revenue) {
        if (buyers < 0 || repeatBuyers < 0 || repeatBuyers > buyers || buyers + repeatBuyers > orders && buyers > 0) {
            throw new IllegalArgumentException("inconsistent group: " + buyers + " buyers, " + repeatBuyers
                    + " repeat buyers, " + orders + " orders");
        }
        this.buyers = buyers;
        this.repeatBuyers = repeatBuyers;
        this.orders = orders;
        this.revenue = revenue;
    }

    public static BuyerGroup combine(BuyerGroup a, BuyerGroup b) {
        return new BuyerGroup(a.buyers + b.buyers, a.repeatBuyers + b.repeatBuyers, a.orders + b.orders,
                a.revenue.add(b.revenue));
    }

    public long getBuyers() {
        return buyers;
    }

    public long getRepeatBuyers() {
        return repeatBuyers;
    }

    public long getOrders() {
        return orders;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    /** Share of the buying customers with two or more orders; null without buyers. */
    public BigDecimal repeatPurchaseRate() {
        return Rates.share(repeatBuyers, buyers);
    }

    /** Revenue / orders at the currency's scale; null without orders. */
    public BigDecimal averageOrderValue(int moneyScale) {
        return Rates.average(revenue, orders, moneyScale);
    }

    /** Orders / buying customers, two decimals; null without buyers. */
    public BigDecimal purchaseFrequency() {
        return Rates.average(BigDecimal.valueOf(orders), buyers, FREQUENCY_SCALE);
    }
}
