package io.loyaltyclub.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The days the program's metrics cover: from {@code from} (included) to {@code to} (excluded), days in UTC.
 * Refused when the end is not after the start or the range is longer than {@link #MAX_DAYS} days.
 */
public final class MetricsPeriod {

    /** About five years: keeps the weekly series and the cohort table of one report bounded. */
    public static final long MAX_DAYS = 1830;

    private final LocalDate from;
    private final LocalDate to;

    public MetricsPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Both the start and the end date are needed.");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The end date (" + to + ") must be after the start date (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("The range may span at most " + MAX_DAYS + " days.");
        }
        this.from = from;
        this.to = to;
    }

    public LocalDate getFrom() {
        return from;
    }

    /** The first day no longer covered. */
    public LocalDate getTo() {
        return to;
    }

    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    /** The Mondays of the weeks (Monday to Sunday) holding at least one day of the range, in order. */
    public List<LocalDate> weekStarts() {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = weekOf(from); !monday.isAfter(lastDay()); monday = monday.plusWeeks(1)) {
            weeks.add(monday);
        }
        return Collections.unmodifiableList(weeks);
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    /** The month of the range's last day. */
    public YearMonth lastMonth() {
        return YearMonth.from(lastDay());
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}
