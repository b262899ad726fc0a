package io.loyaltyclub.stats;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A customer's figures in one month of the shop's calendar ({@code LOY_CUSTOMER_MONTH}). */
public final class MonthFigures {

    private final YearMonth month;
    private final int orders;
    private final BigDecimal spent;
    private final long points;

    public MonthFigures(YearMonth month, int orders, BigDecimal spent, long points) {
        this.month = month;
        this.orders = orders;
        this.spent = spent;
        this.points = points;
    }

    /** yyyymm, as stored. */
    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    public YearMonth getMonth() {
        return month;
    }

    public int getOrders() {
        return orders;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    public long getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return month + ": " + orders + " orders, " + spent.toPlainString() + " spent, " + points + " points";
    }
}
