package io.loyaltyclub.tier;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The period a tier is measured over, in whole months of the shop's calendar, and how long a tier reached in it
 * is kept (the grace: until the end of the next period).
 *
 * <ul>
 * <li><b>Rolling N months</b>: the current month and the N&minus;1 before it. A tier reached with the window ending
 * in month M is kept through month M+N.</li>
 * <li><b>Calendar year</b>: January to December. A tier reached in a year is kept through the end of the next
 * year.</li>
 * </ul>
 */
public final class TierWindow {

    public enum Kind {
        ROLLING_MONTHS, CALENDAR_YEAR
    }

    private final Kind kind;
    private final int months;

    private TierWindow(Kind kind, int months) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (kind == Kind.ROLLING_MONTHS && (months < 1 || months > 60)) {
            throw new IllegalArgumentException("a rolling window has 1 to 60 months, not " + months);
        }
        this.months = kind == Kind.CALENDAR_YEAR ? 12 : months;
    }

    public static TierWindow rollingMonths(int months) {
        return new TierWindow(Kind.ROLLING_MONTHS, months);
    }

    public static TierWindow calendarYear() {
        return new TierWindow(Kind.CALENDAR_YEAR, 12);
    }

    public static TierWindow of(Kind kind, int months) {
        return new TierWindow(kind, months);
    }

    public Kind getKind() {
        return kind;
    }

    public int getMonths() {
        return months;
    }

    /** The first month of the window that ends with {@code last}. */
    public YearMonth firstMonth(YearMonth last) {
        return kind == Kind.CALENDAR_YEAR ? YearMonth.of(last.getYear(), 1) : last.minusMonths(months - 1);
    }

    /** The last month of the period {@code month} belongs to: the date by which the current window closes. */
    public YearMonth periodEnd(YearMonth month) {
        return kind == Kind.CALENDAR_YEAR ? YearMonth.of(month.getYear(), 12) : month;
    }

    /** The last month a tier reached in the window ending with {@code last} is kept (the grace period). */
    public YearMonth keptThrough(YearMonth last) {
        return kind == Kind.CALENDAR_YEAR ? YearMonth.of(last.getYear() + 1, 12) : last.plusMonths(months);
    }

    /**
     * The windows whose tier still holds in {@code current}, newest first: the current one, then the earlier
     * ones whose grace has not ended.
     */
    public List<YearMonth> windowsHoldingIn(YearMonth current) {
        List<YearMonth> endings = new ArrayList<>();
        endings.add(current);
        if (kind == Kind.CALENDAR_YEAR) {
            endings.add(YearMonth.of(current.getYear() - 1, 12));
        } else {
            for (int back = 1; back <= months; back++) {
                endings.add(current.minusMonths(back));
            }
        }
        return endings;
    }

    /** The oldest month whose figures matter in {@code current}. */
    public YearMonth earliestMonthNeeded(YearMonth current) {
        List<YearMonth> endings = windowsHoldingIn(current);
        return firstMonth(endings.get(endings.size() - 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TierWindow && ((TierWindow) other).kind == kind && ((TierWindow) other).months == months;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + months;
    }

    @Override
    public String toString() {
        return kind == Kind.CALENDAR_YEAR ? "calendar year" : "rolling " + months + " months";
    }
}
