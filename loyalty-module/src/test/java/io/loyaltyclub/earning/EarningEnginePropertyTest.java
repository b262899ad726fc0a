package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Random orders against random rules, each checked against a plain restatement of the rules: the total is the exact
 * sum floored once and capped, lines and items add up to it, nothing is negative except caps, and every share stays
 * within one point of its exact quota. The seed is fixed so a failure can be replayed.
 */
class EarningEnginePropertyTest {

    private static final long SEED = 0x10ABC1DL;
    private static final int ORDERS = 3000;
    private static final String[] RATES = { "1", "0.5", "1.5", "0.01", "3.333", "2.75", "0.125" };
    private static final String[] COEFFICIENTS = { "1", "1.25", "1.5", "2", "3", "1.333" };
    private static final String[] EXCHANGE_RATES = { "1", "1.1", "0.0067", "1.2345", "3.75", "0.918273" };
    private static final String[] TIERS = { null, "SILVER", "GOLD" };
    private static final Instant AT = Instant.parse("2026-03-07T18:30:00Z");

    private final EarningEngine engine = new EarningEngine();

    @Test
    void everyRandomOrderIsFlooredOnceCappedAndAddsUp() {
        Random random = new Random(SEED);
        int capped = 0;
        int withBonus = 0;
        for (int round = 0; round < ORDERS; round++) {
            OrderForEarning order = randomOrder(random);
            List<EarningRule> rules = randomRules(random);
            EarningPolicy policy = randomPolicy(random);
            Description context = new Description(round, order, rules, policy);

            EarningBreakdown breakdown = engine.evaluate(order, rules, policy);

            Expected expected = new Expected(order, rules, policy);
            assertThat(breakdown.getExactPoints()).as("%s", context).isEqualByComparingTo(expected.exact);
            assertThat(breakdown.getPointsBeforeCaps()).as("%s", context).isEqualTo(expected.floored);
            assertThat(breakdown.getTotalPoints()).as("%s", context).isEqualTo(expected.capped);
            assertLinesAddUp(breakdown, expected, context);
            assertItemsAddUp(breakdown, context);
            if (expected.capped < expected.floored) {
                capped++;
            }
            if (expected.bonus.signum() > 0) {
                withBonus++;
            }
        }
        assertThat(capped).as("orders cut by a cap").isGreaterThan(ORDERS / 10);
        assertThat(withBonus).as("orders with a bonus").isGreaterThan(ORDERS / 10);
    }

    private static void assertLinesAddUp(EarningBreakdown breakdown, Expected expected, Description context) {
        Map<Long, Long> perLine = breakdown.getPointsPerLine();
        assertThat(perLine.keySet()).as("%s", context).containsExactlyElementsOf(expected.lineIds);
        long sum = 0;
        for (Map.Entry<Long, Long> line : perLine.entrySet()) {
            long points = line.getValue();
            assertThat(points).as("%s", context).isNotNegative();
            BigDecimal quota = expected.quota(line.getKey());
            assertThat(BigDecimal.valueOf(points).subtract(quota).abs())
                    .as("line %d, quota %s: %s", line.getKey(), quota, context).isLessThan(BigDecimal.ONE);
            sum += points;
        }
        assertThat(sum).as("%s", context).isEqualTo(breakdown.getTotalPoints());
    }

    private static void assertItemsAddUp(EarningBreakdown breakdown, Description context) {
        long sum = 0;
        for (BreakdownItem item : breakdown.getItems()) {
            if (item.getKind().isCap()) {
                assertThat(item.getPoints()).as("%s", context).isNegative();
            } else {
                BigDecimal exact = item.getExactPoints();
                assertThat(item.getPoints()).as("%s", context)
                        .isBetween(exact.setScale(0, RoundingMode.FLOOR).longValueExact(),
                                exact.setScale(0, RoundingMode.CEILING).longValueExact());
            }
            sum += item.getPoints();
        }
        assertThat(sum).as("%s", context).isEqualTo(breakdown.getTotalPoints());
    }

    /** Says which order failed; written out only when an assertion fails. */
    private static final class Description {

        private final int round;
        private final OrderForEarning order;
        private final List<EarningRule> rules;
        private final EarningPolicy policy;

        Description(int round, OrderForEarning order, List<EarningRule> rules, EarningPolicy policy) {
            this.round = round;
            this.order = order;
            this.rules = rules;
            this.policy = policy;
        }

        @Override
        public String toString() {
            return "round " + round + ": " + order + " " + rules + " " + policy;
        }
    }

    private static OrderForEarning randomOrder(Random random) {
        int lineCount = random.nextInt(7);
        List<OrderLineForEarning> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            List<Long> categories = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                categories.add(10L + random.nextInt(5));
            }
            BigDecimal amount = random.nextInt(8) == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 10000 : 200000), 2);
            lines.add(new OrderLineForEarning(100 + i, 1 + random.nextInt(6), categories, 1 + random.nextInt(3),
                    amount, random.nextInt(8) == 0));
        }
        long earlier = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
        long recent = earlier == 0 ? 0 : random.nextInt((int) Math.min(earlier, 6) + 1);
        Long days = earlier == 0 || random.nextInt(10) == 0 ? null : Long.valueOf(random.nextInt(200));
        long today = random.nextInt(3) == 0 ? 0 : random.nextInt(2000);
        long month = today + (random.nextBoolean() ? 0 : random.nextInt(8000));
        CustomerHistory history = new CustomerHistory(TIERS[random.nextInt(TIERS.length)], earlier, recent, days,
                today, month, ZoneId.of(random.nextBoolean() ? "UTC" : "Asia/Tehran"));
        return new OrderForEarning(random.nextInt(1000), 5, "EUR",
                new BigDecimal(EXCHANGE_RATES[random.nextInt(EXCHANGE_RATES.length)]), AT, lines, history);
    }

    private static List<EarningRule> randomRules(Random random) {
        List<EarningRule> rules = new ArrayList<>();
        long id = 1;
        for (int i = random.nextInt(3); i > 0; i--) {
            rules.add(maybeInactive(random, EarningRule.baseRate(id++, "Rate", pick(random, RATES))));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            rules.add(maybeInactive(random, EarningRule.productMultiplier(id++, "Products", pick(random, COEFFICIENTS),
                    Arrays.asList(1L + random.nextInt(6), 1L + random.nextInt(6)))));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            rules.add(maybeInactive(random, EarningRule.categoryMultiplier(id++, "Categories",
                    pick(random, COEFFICIENTS), Arrays.asList(10L + random.nextInt(5)))));
        }
        if (random.nextBoolean()) {
            rules.add(maybeInactive(random, EarningRule.tierMultiplier(id++, "Gold", pick(random, COEFFICIENTS),
                    Arrays.asList("GOLD"))));
        }
        if (random.nextBoolean()) {
            rules.add(maybeInactive(random, EarningRule.campaign(id++, "Campaign", pick(random, COEFFICIENTS),
                    null, null)));
        }
        if (random.nextInt(3) == 0) {
            rules.add(maybeInactive(random, EarningRule.exclusion(id++, "Excluded",
                    Arrays.asList(1L + random.nextInt(6)), Arrays.asList(10L + random.nextInt(5)))));
        }
        if (random.nextInt(3) == 0) {
            rules.add(maybeInactive(random, EarningRule.firstOrderBonus(id++, "First", 1 + random.nextInt(500))));
        }
        if (random.nextInt(3) == 0) {
            rules.add(maybeInactive(random, EarningRule.nthOrderBonus(id++, "Nth", 1 + random.nextInt(500),
                    2 + random.nextInt(4))));
        }
        if (random.nextInt(3) == 0) {
            rules.add(maybeInactive(random, EarningRule.frequencyBonus(id++, "Frequent", 1 + random.nextInt(500),
                    1 + random.nextInt(4))));
        }
        if (random.nextInt(3) == 0) {
            rules.add(maybeInactive(random, EarningRule.welcomeBackBonus(id++, "Back", 1 + random.nextInt(500),
                    1 + random.nextInt(120))));
        }
        Collections.shuffle(rules, random);
        return rules;
    }

    private static EarningRule maybeInactive(Random random, EarningRule rule) {
        switch (random.nextInt(8)) {
            case 0:
                return rule.withActive(false);
            case 1:
                return rule.withWindow(RuleWindow.between(AT.plusSeconds(1), null));
            case 2:
                return rule.withWindow(RuleWindow.between(null, AT));
            default:
                return rule;
        }
    }

    private static EarningPolicy randomPolicy(Random random) {
        EarningPolicy policy = EarningPolicy.standard().withGiftCardsEarning(random.nextBoolean());
        if (random.nextInt(3) == 0) {
            policy = policy.withMaxPointsPerOrder(1L + random.nextInt(3000));
        }
        if (random.nextInt(3) == 0) {
            policy = policy.withMaxPointsPerCustomerPerDay(1L + random.nextInt(4000));
        }
        if (random.nextInt(3) == 0) {
            policy = policy.withMaxPointsPerCustomerPerMonth(1L + random.nextInt(12000));
        }
        return policy;
    }

    private static BigDecimal pick(Random random, String[] values) {
        return new BigDecimal(values[random.nextInt(values.length)]);
    }

    /** The rules restated line by line, as the merchant documentation says them. */
    private static final class Expected {

        final List<Long> lineIds = new ArrayList<>();
        final List<Long> earningIds = new ArrayList<>();
        final List<BigDecimal> own = new ArrayList<>();
        final List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal amountSum = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        final BigDecimal exact;
        final long floored;
        final long capped;

        Expected(OrderForEarning order, List<EarningRule> rules, EarningPolicy policy) {
            CustomerHistory history = order.getHistory();
            List<EarningRule> inForce = new ArrayList<>();
            BigDecimal rate = null;
            for (EarningRule rule : rules) {
                if (rule.isActive() && rule.getWindow().contains(order.getOrderedAt())) {
                    inForce.add(rule);
                    if (rule.getType() == EarningRuleType.BASE_RATE
                            && (rate == null || rule.getRate().compareTo(rate) > 0)) {
                        rate = rule.getRate();
                    }
                }
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (OrderLineForEarning line : order.getLines()) {
                lineIds.add(line.getLineId());
                if (line.isGiftCard() && !policy.isGiftCardsEarn() || excluded(inForce, line)
                        || line.getEligibleAmount().signum() == 0) {
                    continue;
                }
                BigDecimal base = rate == null ? BigDecimal.ZERO
                        : line.getEligibleAmount().multiply(order.getExchangeRate()).multiply(rate);
                BigDecimal points = base;
                for (EarningRule rule : inForce) {
                    if (multiplies(rule, line, history)) {
                        points = points.add(base.multiply(rule.getCoefficient().subtract(BigDecimal.ONE)));
                    }
                }
                earningIds.add(line.getLineId());
                own.add(points);
                amounts.add(line.getEligibleAmount());
                amountSum = amountSum.add(line.getEligibleAmount());
                sum = sum.add(points);
            }
            if (!earningIds.isEmpty()) {
                for (EarningRule rule : inForce) {
                    if (bonusEarned(rule, history)) {
                        bonus = bonus.add(BigDecimal.valueOf(rule.getBonusPoints()));
                    }
                }
            }
            exact = sum.add(bonus);
            floored = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            long points = floored;
            if (policy.getMaxPointsPerOrder().isPresent()) {
                points = Math.min(points, policy.getMaxPointsPerOrder().getAsLong());
            }
            if (policy.getMaxPointsPerCustomerPerDay().isPresent()) {
                points = Math.min(points, Math.max(0,
                        policy.getMaxPointsPerCustomerPerDay().getAsLong() - history.getPointsEarnedToday()));
            }
            if (policy.getMaxPointsPerCustomerPerMonth().isPresent()) {
                points = Math.min(points, Math.max(0,
                        policy.getMaxPointsPerCustomerPerMonth().getAsLong() - history.getPointsEarnedThisMonth()));
            }
            capped = points;
        }

        /**
         * A line's quota: its own exact points plus its share of the bonuses by eligible amount, scaled to the
         * capped total when a cap cut the order; 0 for lines that do not earn.
         */
        BigDecimal quota(long lineId) {
            int index = earningIds.indexOf(lineId);
            if (index < 0 || capped == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal uncapped = own.get(index)
                    .add(bonus.multiply(amounts.get(index)).divide(amountSum, 30, RoundingMode.HALF_EVEN));
            return capped == floored ? uncapped
                    : uncapped.multiply(BigDecimal.valueOf(capped)).divide(exact, 30, RoundingMode.HALF_EVEN);
        }

        private static boolean excluded(List<EarningRule> inForce, OrderLineForEarning line) {
            for (EarningRule rule : inForce) {
                if (rule.getType() == EarningRuleType.EXCLUSION && selects(rule, line)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean selects(EarningRule rule, OrderLineForEarning line) {
            Set<Long> shared = new HashSet<>(line.getCategoryIds());
            shared.retainAll(rule.getCategoryIds());
            return rule.getProductIds().contains(line.getProductId()) || !shared.isEmpty();
        }

        private static boolean multiplies(EarningRule rule, OrderLineForEarning line, CustomerHistory history) {
            switch (rule.getType()) {
                case PRODUCT_MULTIPLIER:
                case CATEGORY_MULTIPLIER:
                    return selects(rule, line);
                case TIER_MULTIPLIER:
                    return rule.getTierCodes().contains(history.getTierCode());
                case CAMPAIGN_MULTIPLIER:
                    return true;
                default:
                    return false;
            }
        }

        private static boolean bonusEarned(EarningRule rule, CustomerHistory history) {
            switch (rule.getType()) {
                case FIRST_ORDER_BONUS:
                    return history.getEarlierPaidOrders() == 0;
                case NTH_ORDER_BONUS:
                    return (history.getEarlierPaidOrders() + 1) % rule.getEveryNthOrder() == 0;
                case FREQUENCY_BONUS:
                    return history.getOrdersInLast30Days() >= rule.getMinOrdersInLast30Days();
                case WELCOME_BACK_BONUS:
                    return history.getDaysSincePreviousOrder() != null
                            && history.getDaysSincePreviousOrder() >= rule.getMinDaysSincePreviousOrder();
                default:
                    return false;
            }
        }
    }
}
