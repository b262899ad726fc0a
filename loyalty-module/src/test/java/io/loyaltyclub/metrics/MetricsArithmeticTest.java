package io.loyaltyclub.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The pure arithmetic of the program metrics: ranges, shares, averages, weeks and cohorts. */
class MetricsArithmeticTest {

    @Test
    void sharesHaveFourDecimalsRoundedHalfUpAndAreUndefinedOverNothing() {
        assertThat(Rates.share(1, 3)).isEqualByComparingTo("0.3333").hasScaleOf(4);
        assertThat(Rates.share(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(Rates.share(1, 8)).isEqualByComparingTo("0.1250");
        assertThat(Rates.share(3, 0)).isNull();
        assertThatThrownBy(() -> Rates.share(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rates.average(new BigDecimal("10.00"), 3, 2)).isEqualByComparingTo("3.33");
        assertThat(Rates.average(new BigDecimal("0.05"), 2, 2)).isEqualByComparingTo("0.03");
        assertThat(Rates.average(BigDecimal.TEN, 0, 2)).isNull();
    }

    @Test
    void aRangeMustEndAfterItStartsAndStayBounded() {
        assertThatThrownBy(() -> new MetricsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)))
                .hasMessageContaining("must be after the start");
        assertThatThrownBy(() -> new MetricsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricsPeriod(null, LocalDate.of(2025, 3, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricsPeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 1)))
                .hasMessageContaining("at most");
        MetricsPeriod march = new MetricsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
        assertThat(march.lastMonth()).isEqualTo(YearMonth.of(2025, 3));
        // 1 March 2025 is a Saturday: its week starts on Monday 24 February; 31 March is a Monday.
        assertThat(march.weekStarts()).containsExactly(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 31));
    }

    @Test
    void daysFoldIntoTheirMondayToSundayWeekAndQuietWeeksAreZero() {
        MetricsPeriod period = new MetricsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 18));
        Map<LocalDate, long[]> days = new HashMap<>();
        days.put(LocalDate.of(2025, 3, 1), new long[] {100, 0, 0});
        days.put(LocalDate.of(2025, 3, 2), new long[] {50, 20, 5});
        days.put(LocalDate.of(2025, 3, 17), new long[] {7, 3, 0});
        List<WeeklyPoints> weeks = WeeklySeries.of(period, days);

        assertThat(weeks).hasSize(4);
        assertThat(weeks.get(0).getWeekStart()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(new long[] {weeks.get(0).getIssued(), weeks.get(0).getRedeemed(), weeks.get(0).getExpired()})
                .containsExactly(150, 20, 5);
        assertThat(weeks.get(1).getIssued() + weeks.get(2).getIssued()).isZero();
        assertThat(weeks.get(3).getIssued()).isEqualTo(7);
        assertThat(weeks.get(3).getRedeemed()).isEqualTo(3);

        days.put(LocalDate.of(2025, 3, 18), new long[] {1, 0, 0});
        assertThatThrownBy(() -> WeeklySeries.of(period, days)).hasMessageContaining("outside");
    }

    @Test
    void cohortSharesAreOfTheCustomersWhoseFirstOrderFellInTheMonth() {
        YearMonth jan = YearMonth.of(2025, 1);
        YearMonth feb = jan.plusMonths(1);
        YearMonth mar = jan.plusMonths(2);
        List<Cohort> rows = new CohortTable().add(jan, jan, 3).add(jan, feb, 1).add(jan, mar, 2)
                .add(feb, feb, 4).add(mar, mar, 1).add(feb, mar, 1).add(feb, mar, 0).rows(mar);

        assertThat(rows).extracting(Cohort::getMonth).containsExactly(jan, feb, mar);
        assertThat(rows.get(0).getCustomers()).isEqualTo(3);
        assertThat(rows.get(0).getRetention()).containsExactly(new BigDecimal("1.0000"), new BigDecimal("0.3333"),
                new BigDecimal("0.6667"));
        assertThat(rows.get(1).getRetention()).containsExactly(new BigDecimal("1.0000"), new BigDecimal("0.2500"));
        assertThat(rows.get(2).getRetention()).containsExactly(new BigDecimal("1.0000"));
        assertThat(new CohortTable().add(jan, jan, 2).rows(mar).get(0).getRetention())
                .containsExactly(new BigDecimal("1.0000"), new BigDecimal("0.0000"), new BigDecimal("0.0000"));
        assertThatThrownBy(() -> new CohortTable().add(feb, jan, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buyerGroupsGiveRepeatRateAverageOrderValueAndFrequency() {
        BuyerGroup members = new BuyerGroup(4, 1, 6, new BigDecimal("250.00"));
        assertThat(members.repeatPurchaseRate()).isEqualByComparingTo("0.2500");
        assertThat(members.averageOrderValue(2)).isEqualByComparingTo("41.67");
        assertThat(members.purchaseFrequency()).isEqualByComparingTo("1.50");
        BuyerGroup none = new BuyerGroup(0, 0, 0, BigDecimal.ZERO);
        assertThat(none.repeatPurchaseRate()).isNull();
        assertThat(none.averageOrderValue(2)).isNull();
        BuyerGroup all = BuyerGroup.combine(members, new BuyerGroup(1, 1, 2, new BigDecimal("10")));
        assertThat(all.repeatPurchaseRate()).isEqualByComparingTo("0.4000");
        assertThatThrownBy(() -> new BuyerGroup(2, 3, 5, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BuyerGroup(2, 1, 2, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
