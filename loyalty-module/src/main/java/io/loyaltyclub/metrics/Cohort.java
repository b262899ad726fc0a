package io.loyaltyclub.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

/**
 * Customers whose first order fell in one month, and which share of them ordered again in each month after:
 * {@code retention.get(k)} is the share with an order in month {@code month + k} (k = 0 is always 1.0000).
 */
public final class Cohort {

    private final YearMonth month;
    private final long customers;
    private final List<BigDecimal> retention;

    public Cohort(YearMonth month, long customers, List<BigDecimal> retention) {
        this.month = month;
        this.customers = customers;
        this.retention = Collections.unmodifiableList(retention);
    }

    public YearMonth getMonth() {
        return month;
    }

    public long getCustomers() {
        return customers;
    }

    public List<BigDecimal> getRetention() {
        return retention;
    }

    @Override
    public String toString() {
        return month + " (" + customers + "): " + retention;
    }
}
