package io.loyaltyclub.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MetricsCsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedAndFormulasDefused() {
        assertThat(MetricsCsv.field("Gold")).isEqualTo("Gold");
        assertThat(MetricsCsv.field("Gold, Silver")).isEqualTo("\"Gold, Silver\"");
        assertThat(MetricsCsv.field("The \"best\"")).isEqualTo("\"The \"\"best\"\"\"");
        assertThat(MetricsCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(MetricsCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(MetricsCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(MetricsCsv.field("-12.50")).isEqualTo("-12.50");
        assertThat(MetricsCsv.field("")).isEmpty();
    }

    @Test
    void everyFigureIsOneLineWithItsUnitAndUndefinedFiguresAreEmpty() {
        ProgramMetrics m = new ProgramMetrics(new MetricsPeriod(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10)), "USD", 2);
        m.customers = 4;
        m.members = 3;
        m.memberBuyers = new BuyerGroup(2, 1, 3, new BigDecimal("90.00"));
        m.otherBuyers = new BuyerGroup(0, 0, 0, BigDecimal.ZERO);
        m.memberSpendToDate = new BigDecimal("100");
        m.pointsIssued = 90;
        m.pointsRedeemed = 30;
        m.weeklyPoints = Collections.singletonList(new WeeklyPoints(LocalDate.of(2025, 3, 3), 90, 30, 0));
        m.pointsOutstanding = 60;
        m.pointValue = new BigDecimal("0.01");
        m.pointsLiability = new BigDecimal("0.60");
        m.creditOutstanding = new BigDecimal("5.00");
        m.rewardsRedeemedValue = new BigDecimal("1.00");
        m.pointsPaymentsValue = new BigDecimal("0.30");
        m.cashBackIssued = new BigDecimal("2.00");
        Map<String, Long> tiers = new LinkedHashMap<>();
        tiers.put("Gold, \"the best\"", 1L);
        tiers.put(ProgramMetrics.NO_TIER, 2L);
        m.membersByTier = tiers;
        m.cohorts = Collections.singletonList(new Cohort(YearMonth.of(2025, 3), 2,
                Arrays.asList(new BigDecimal("1.0000"))));

        String[] lines = MetricsCsv.write(m).split("\r\n", -1);

        assertThat(lines[0]).isEqualTo(MetricsCsv.HEADER);
        assertThat(lines).contains("members,,3,count", "member_share,,0.7500,share",
                "average_order_value,members,30.00,USD", "purchase_frequency,members,1.50,orders per buyer", "average_order_value,non_members,,USD",
                "repeat_purchase_rate,,0.5000,share", "customer_lifetime_value,members,33.33,USD",
                "redemption_rate,,0.3333,share", "points_issued_week,2025-03-03,90,points", "liability,,5.60,USD",
                "reward_cost,,3.30,USD", "members_by_tier,\"Gold, \"\"the best\"\"\",1,count",
                "members_by_tier,(no tier),2,count", "cohort_retention,2025-03+0,1.0000,share");
        assertThat(lines[lines.length - 1]).as("the file ends with a line break").isEmpty();
    }
}
