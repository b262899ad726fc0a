package io.loyaltyclub.credit.cashback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class CashBackCalculatorTest {

    private static final Instant NOW = Instant.parse("2024-05-10T12:00:00Z");
    private final CashBackCalculator calculator = new CashBackCalculator();

    @Test
    void aRuleGivesItsPercentageRoundedDownToTheCent() {
        CashBackCalculation result = calculator.evaluate(order(2, line(1, 10, "33.33")), rules(rule(1, "10")));

        assertThat(result.getTotal()).isEqualByComparingTo("3.33");
        assertThat(result.getTotal().scale()).isEqualTo(2);
        assertThat(result.forLine(1)).isEqualTo(new BigDecimal("3.33"));
    }

    @Test
    void rulesAddUpEachRoundedDownOnItsOwn() {
        // 5 % of 9.99 = 0.4995 -> 0.49, twice: 0.98 (not 0.99 from 10 % at once).
        CashBackCalculation result = calculator.evaluate(order(2, line(1, 10, "9.99")), rules(rule(1, "5"), rule(2, "5")));

        assertThat(result.getTotal()).isEqualTo(new BigDecimal("0.98"));
        assertThat(result.getByRule()).containsEntry(1L, new BigDecimal("0.49")).containsEntry(2L, new BigDecimal("0.49"));
    }

    @Test
    void theCapLimitsEachRuleOnItsOwn() {
        CashBackRule capped = CashBackRule.builder(1, "capped").percentage(new BigDecimal("10"))
                .capPerOrder(new BigDecimal("5.00")).build();
        CashBackCalculation result = calculator.evaluate(order(2, line(1, 10, "200.00")), rules(capped, rule(2, "1")));

        assertThat(result.getByRule()).containsEntry(1L, new BigDecimal("5.00")).containsEntry(2L, new BigDecimal("2.00"));
        assertThat(result.getTotal()).isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void yenHaveNoMinorUnit() {
        CashBackCalculation result = calculator.evaluate(order(0, line(1, 10, "995"), line(2, 11, "4")), rules(rule(1, "10")));

        assertThat(result.getTotal()).isEqualTo(new BigDecimal("99"));
        assertThat(result.forLine(1).add(result.forLine(2))).isEqualTo(new BigDecimal("99"));
        assertThat(result.forLine(1)).isEqualTo(new BigDecimal("99"));
        assertThat(result.forLine(2)).isEqualTo(new BigDecimal("0"));
    }

    @Test
    void linesShareARuleByLargestRemainderAndAddUpExactly() {
        // 10 % of 30.00 = 3.00 over three lines of 10.00: 1.00 each.
        CashBackCalculation even = calculator.evaluate(order(2, line(1, 1, "10.00"), line(2, 2, "10.00"), line(3, 3, "10.00")),
                rules(rule(1, "10")));
        assertThat(even.getByLine().values()).containsExactly(new BigDecimal("1.00"), new BigDecimal("1.00"),
                new BigDecimal("1.00"));
        // 10 % of 0.20 = 0.02 over 0.07, 0.07 and 0.06: no line reaches a cent; the largest remainders get one each.
        CashBackCalculation uneven = calculator.evaluate(order(2, line(1, 1, "0.07"), line(2, 2, "0.07"), line(3, 3, "0.06")),
                rules(rule(1, "10")));
        assertThat(uneven.getTotal()).isEqualTo(new BigDecimal("0.02"));
        assertThat(uneven.forLine(1)).isEqualTo(new BigDecimal("0.01"));
        assertThat(uneven.forLine(2)).isEqualTo(new BigDecimal("0.01"));
        assertThat(uneven.forLine(3)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void productAndCategoryRulesCoverOnlyTheirLines() {
        CashBackRule tea = CashBackRule.builder(1, "tea").percentage(new BigDecimal("20"))
                .categoryIds(Collections.singleton(500L)).build();
        CashBackRule teapot = CashBackRule.builder(2, "teapot").percentage(new BigDecimal("10"))
                .productIds(Collections.singleton(11L)).build();
        CashBackCalculation result = calculator.evaluate(order(2,
                new CashBackLine(1, 10, Collections.singleton(500L), 2, new BigDecimal("25.00")),
                new CashBackLine(2, 11, Collections.<Long>emptySet(), 1, new BigDecimal("30.00")),
                new CashBackLine(3, 12, Collections.singleton(600L), 1, new BigDecimal("99.00"))),
                rules(tea, teapot));

        assertThat(result.forLine(1)).isEqualTo(new BigDecimal("5.00"));
        assertThat(result.forLine(2)).isEqualTo(new BigDecimal("3.00"));
        assertThat(result.forLine(3)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theMinimumIsJudgedOnTheCoveredLinesOnly() {
        CashBackRule tea = CashBackRule.builder(1, "tea over 50").percentage(new BigDecimal("10"))
                .categoryIds(Collections.singleton(500L)).minimumAmount(new BigDecimal("50.00")).build();
        CashBackOrder order = order(2, new CashBackLine(1, 10, Collections.singleton(500L), 1, new BigDecimal("40.00")),
                line(2, 11, "100.00"));
        assertThat(calculator.evaluate(order, rules(tea)).getTotal()).isEqualTo(new BigDecimal("0.00"));

        CashBackOrder enough = order(2, new CashBackLine(1, 10, Collections.singleton(500L), 1, new BigDecimal("50.00")));
        assertThat(calculator.evaluate(enough, rules(tea)).getTotal()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void inactiveRulesRulesOutsideTheirWindowAndRulesForOtherMembersGiveNothing() {
        CashBackRule inactive = CashBackRule.builder(1, "off").percentage(BigDecimal.TEN).active(false).build();
        CashBackRule over = CashBackRule.builder(2, "last week").percentage(BigDecimal.TEN)
                .window(NOW.minusSeconds(7 * 86400), NOW).build();
        CashBackRule later = CashBackRule.builder(3, "next week").percentage(BigDecimal.TEN)
                .window(NOW.plusSeconds(1), null).build();
        CashBackRule gold = CashBackRule.builder(4, "gold").percentage(BigDecimal.TEN)
                .tierCodes(Collections.singleton("GOLD")).build();
        CashBackRule vip = CashBackRule.builder(5, "vip").percentage(BigDecimal.ONE)
                .segmentCodes(Collections.singleton("VIP")).build();
        List<CashBackRule> all = Arrays.asList(inactive, over, later, gold, vip);

        assertThat(calculator.evaluate(order(2, line(1, 10, "100.00")), all).getTotal()).isEqualTo(new BigDecimal("0.00"));

        CashBackOrder goldMember = new CashBackOrder(Collections.singletonList(line(1, 10, "100.00")), NOW, 2,
                Arrays.asList("GOLD"), Arrays.asList("VIP"));
        assertThat(calculator.evaluate(goldMember, all).getByRule()).containsOnlyKeys(4L, 5L);
        CashBackRule inWindow = CashBackRule.builder(6, "this week").percentage(BigDecimal.TEN)
                .window(NOW, NOW.plusSeconds(1)).build();
        assertThat(calculator.evaluate(order(2, line(1, 10, "100.00")), rules(inWindow)).getTotal())
                .as("the start is inclusive").isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void badRulesAreRefused() {
        refused(() -> CashBackRule.builder(1, "none").build());
        refused(() -> CashBackRule.builder(1, "zero").percentage(BigDecimal.ZERO).build());
        refused(() -> CashBackRule.builder(1, "too much").percentage(new BigDecimal("100.01")).build());
        refused(() -> CashBackRule.builder(1, "backwards").percentage(BigDecimal.TEN).window(NOW, NOW).build());
        refused(() -> CashBackRule.builder(1, "negative minimum").percentage(BigDecimal.TEN)
                .minimumAmount(new BigDecimal("-1")).build());
        refused(() -> CashBackRule.builder(1, "zero cap").percentage(BigDecimal.TEN).capPerOrder(BigDecimal.ZERO).build());
    }

    /** Random orders and rules: lines always add up to the total, the total to the rules, and never above the rate. */
    @Test
    void linesAlwaysAddUpToTheTotalAndNeverExceedThePercentage() {
        Random random = new Random(20240510L);
        for (int round = 0; round < 2000; round++) {
            int scale = random.nextInt(4);
            List<CashBackLine> lines = new ArrayList<CashBackLine>();
            BigDecimal eligible = BigDecimal.ZERO;
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(100000), scale);
                lines.add(new CashBackLine(i + 1, 100 + random.nextInt(3), Collections.singleton((long) random.nextInt(3)),
                        1 + random.nextInt(5), amount));
                eligible = eligible.add(amount);
            }
            List<CashBackRule> rules = new ArrayList<CashBackRule>();
            BigDecimal percentSum = BigDecimal.ZERO;
            for (int r = 0; r < 1 + random.nextInt(3); r++) {
                BigDecimal percentage = BigDecimal.valueOf(1 + random.nextInt(2500), 2);
                percentSum = percentSum.add(percentage);
                CashBackRule.Builder rule = CashBackRule.builder(r + 1, "r" + r).percentage(percentage);
                if (random.nextBoolean()) {
                    rule.categoryIds(Collections.singleton((long) random.nextInt(3)));
                }
                if (random.nextInt(4) == 0) {
                    rule.capPerOrder(BigDecimal.valueOf(1 + random.nextInt(5000), scale));
                }
                rules.add(rule.build());
            }
            CashBackCalculation result = calculator.evaluate(new CashBackOrder(lines, NOW, scale), rules);

            BigDecimal lineSum = BigDecimal.ZERO;
            for (BigDecimal amount : result.getByLine().values()) {
                assertThat(amount.signum()).isNotNegative();
                assertThat(amount.scale()).isEqualTo(scale);
                lineSum = lineSum.add(amount);
            }
            BigDecimal ruleSum = BigDecimal.ZERO;
            for (BigDecimal amount : result.getByRule().values()) {
                ruleSum = ruleSum.add(amount);
            }
            assertThat(result.getByLine()).hasSize(count);
            assertThat(lineSum).isEqualByComparingTo(result.getTotal());
            assertThat(ruleSum).isEqualByComparingTo(result.getTotal());
            assertThat(result.getTotal()).isLessThanOrEqualTo(eligible.multiply(percentSum).divide(new BigDecimal(100)));
        }
    }

    private static CashBackOrder order(int scale, CashBackLine... lines) {
        return new CashBackOrder(Arrays.asList(lines), NOW, scale);
    }

    private static CashBackLine line(long id, long productId, String amount) {
        return new CashBackLine(id, productId, Collections.<Long>emptySet(), 1, new BigDecimal(amount));
    }

    private static CashBackRule rule(long id, String percentage) {
        return CashBackRule.builder(id, "rule " + id).percentage(new BigDecimal(percentage)).build();
    }

    private static List<CashBackRule> rules(CashBackRule... rules) {
        return Arrays.asList(rules);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(LoyaltyException.class)
                .satisfies(e -> assertThat(((LoyaltyException) e).getCode()).isEqualTo(CashBackRule.INVALID_RULE));
    }
}
