package io.loyaltyclub.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the retention table from counts of customers per (cohort month, month with an order). A cohort's size
 * is its customers with an order in the cohort month itself (all of them, by definition of the cohort); each
 * later month up to {@code lastMonth} gives the share of that size, months without an order as 0.
 */
public final class CohortTable {

    private final Map<YearMonth, Map<YearMonth, Long>> counts = new TreeMap<>();

    public CohortTable add(YearMonth cohort, YearMonth activeMonth, long customers) {
        if (activeMonth.isBefore(cohort)) {
            throw new IllegalArgumentException("an order in " + activeMonth + " cannot precede the first one, in " + cohort);
        }
        Map<YearMonth, Long> row = counts.get(cohort);
        if (row == null) {
            row = new TreeMap<>();
            counts.put(cohort, row);
        }
        Long before = row.get(activeMonth);
        row.put(activeMonth, (before == null ? 0 : before) + customers);
        return this;
    }

    /** One row per cohort month, oldest first, each with shares for its months up to {@code lastMonth}. */
    public List<Cohort> rows(YearMonth lastMonth) {
        List<Cohort> rows = new ArrayList<>();
        for (Map.Entry<YearMonth, Map<YearMonth, Long>> cohort : counts.entrySet()) {
            YearMonth month = cohort.getKey();
            if (month.isAfter(lastMonth)) {
                continue;
            }
            Long size = cohort.getValue().get(month);
            long customers = size == null ? 0 : size;
            int months = (int) ChronoUnit.MONTHS.between(month, lastMonth) + 1;
            List<BigDecimal> shares = new ArrayList<>(months);
            for (int k = 0; k < months; k++) {
                Long active = cohort.getValue().get(month.plusMonths(k));
                shares.add(Rates.share(active == null ? 0 : active, customers));
            }
            rows.add(new Cohort(month, customers, shares));
        }
        return Collections.unmodifiableList(rows);
    }
}
