package io.loyaltyclub.metrics;

import java.time.LocalDate;

/** Points issued, redeemed and expired in one week (Monday to Sunday, days in UTC) of a metrics range. */
public final class WeeklyPoints {

    private final LocalDate weekStart;
    private final long issued;
    private final long redeemed;
    private final long expired;

    public WeeklyPoints(LocalDate weekStart, long issued, long redeemed, long expired) {
        this.weekStart = weekStart;
        this.issued = issued;
        this.redeemed = redeemed;
        this.expired = expired;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public long getIssued() {
        return issued;
    }

    public long getRedeemed() {
        return redeemed;
    }

    public long getExpired() {
        return expired;
    }

    @Override
    public String toString() {
        return weekStart + ": +" + issued + " -" + redeemed + " x" + expired;
    }
}
