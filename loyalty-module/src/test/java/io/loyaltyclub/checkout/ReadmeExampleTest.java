package io.loyaltyclub.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.earning.CustomerHistory;
import io.loyaltyclub.earning.EarningBreakdown;
import io.loyaltyclub.earning.EarningEngine;
import io.loyaltyclub.earning.EarningPolicy;
import io.loyaltyclub.earning.EarningRule;
import io.loyaltyclub.earning.OrderForEarning;
import io.loyaltyclub.earning.OrderLineForEarning;

/** The worked example of the README's section for merchants, figure by figure. */
class ReadmeExampleTest {

    private static final long TEA = 1L;
    private static final long TEAPOTS = 2L;

    @Test
    void twoTinsOfTeaAndATeapotWithACouponAndStoreCreditEarn108Points() {
        List<BigDecimal> eligible = EligibleAmounts.of(Arrays.asList(new BigDecimal("25.00"), new BigDecimal("30.00")),
                new BigDecimal("5.00"), new BigDecimal("10.00"), 2);
        assertThat(eligible).containsExactly(new BigDecimal("18.18"), new BigDecimal("21.82"));

        List<EarningRule> rules = Arrays.asList(
                EarningRule.baseRate(1, "1 point per 1.00", BigDecimal.ONE),
                EarningRule.categoryMultiplier(2, "Tea earns double", new BigDecimal("2"), Collections.singleton(TEA)),
                EarningRule.firstOrderBonus(3, "Welcome order", 50));
        OrderForEarning order = new OrderForEarning(100, 7, "USD", BigDecimal.ONE, Instant.parse("2026-05-02T10:00:00Z"),
                Arrays.asList(
                        new OrderLineForEarning(11, 501, Collections.singleton(TEA), 2, eligible.get(0), false),
                        new OrderLineForEarning(12, 502, Collections.singleton(TEAPOTS), 1, eligible.get(1), false)),
                CustomerHistory.firstOrder(ZoneOffset.UTC));

        EarningBreakdown breakdown = new EarningEngine().evaluate(order, rules, EarningPolicy.standard());

        assertThat(breakdown.getExactPoints()).isEqualByComparingTo("108.18");
        assertThat(breakdown.getTotalPoints()).isEqualTo(108);
        assertThat(breakdown.getPointsForLine(11)).isEqualTo(59);
        assertThat(breakdown.getPointsForLine(12)).isEqualTo(49);
        assertThat(PointsShare.ofUnits(59, 1, 2)).as("returning one of the two tins").isEqualTo(29);
    }
}
