package io.loyaltyclub.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Folds points per day into one row per week of the range, weeks without movement included as zeros. */
public final class WeeklySeries {

    private WeeklySeries() {
    }

    /**
     * @param perDay per day of the range: {issued, redeemed, expired}; days outside the range are refused
     */
    public static List<WeeklyPoints> of(MetricsPeriod period, Map<LocalDate, long[]> perDay) {
        List<LocalDate> weeks = period.weekStarts();
        long[][] sums = new long[weeks.size()][3];
        for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
            LocalDate date = day.getKey();
            if (date.isBefore(period.getFrom()) || !date.isBefore(period.getTo())) {
                throw new IllegalArgumentException(date + " lies outside " + period);
            }
            int week = weeks.indexOf(MetricsPeriod.weekOf(date));
            for (int i = 0; i < 3; i++) {
                sums[week][i] += day.getValue()[i];
            }
        }
        List<WeeklyPoints> series = new ArrayList<>(weeks.size());
        for (int w = 0; w < weeks.size(); w++) {
            series.add(new WeeklyPoints(weeks.get(w), sums[w][0], sums[w][1], sums[w][2]));
        }
        return Collections.unmodifiableList(series);
    }
}
