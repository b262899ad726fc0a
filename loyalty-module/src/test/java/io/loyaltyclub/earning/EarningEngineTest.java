package io.loyaltyclub.earning;

import static io.loyaltyclub.earning.TestOrders.RETURNING;
import static io.loyaltyclub.earning.TestOrders.WEDNESDAY_NOON;
import static io.loyaltyclub.earning.TestOrders.dec;
import static io.loyaltyclub.earning.TestOrders.giftCard;
import static io.loyaltyclub.earning.TestOrders.line;
import static io.loyaltyclub.earning.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class EarningEngineTest {

    private static final EarningRule ONE_PER_UNIT = EarningRule.baseRate(1, "Standard", dec("1"));
    private static final EarningRule ONE_AND_A_HALF_PER_UNIT = EarningRule.baseRate(2, "Standard", dec("1.5"));
    private static final CustomerHistory FIRST = CustomerHistory.firstOrder(ZoneOffset.UTC);

    private final EarningEngine engine = new EarningEngine();

    private EarningBreakdown evaluate(OrderForEarning order, EarningRule... rules) {
        return engine.evaluate(order, Arrays.asList(rules), EarningPolicy.standard());
    }

    private EarningBreakdown evaluate(OrderForEarning order, EarningPolicy policy, EarningRule... rules) {
        return engine.evaluate(order, Arrays.asList(rules), policy);
    }

    private static long itemSum(EarningBreakdown breakdown) {
        long sum = 0;
        for (BreakdownItem item : breakdown.getItems()) {
            sum += item.getPoints();
        }
        return sum;
    }

    @Nested
    class BaseRate {

        @Test
        void earnsOnePointPerUnitOfEligibleAmount() {
            EarningBreakdown breakdown = evaluate(order(line(1, "12.34")).build(), ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(12);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 12L));
        }

        @Test
        void earnsAFractionalRate() {
            EarningBreakdown breakdown = evaluate(order(line(1, "25.00")).build(),
                    EarningRule.baseRate(1, "Half", dec("0.5")));

            assertThat(breakdown.getTotalPoints()).isEqualTo(12);
            assertThat(breakdown.getExactPoints()).isEqualByComparingTo("12.5");
        }

        @Test
        void earnsOnTheLineTotalWhateverTheQuantity() {
            OrderLineForEarning threeMugs = new OrderLineForEarning(1, 5, Collections.<Long>emptyList(), 3,
                    dec("30.00"), false);

            assertThat(evaluate(order(threeMugs).build(), ONE_PER_UNIT).getTotalPoints()).isEqualTo(30);
        }

        @Test
        void earnsNothingWithoutRules() {
            EarningBreakdown breakdown = evaluate(order(line(1, "50")).build());

            assertThat(breakdown.getTotalPoints()).isZero();
            assertThat(breakdown.getItems()).isEmpty();
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 0L));
        }

        @Test
        void earnsNothingOnAnOrderWithoutLines() {
            EarningBreakdown breakdown = evaluate(order().build(), ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isZero();
            assertThat(breakdown.getItems()).isEmpty();
            assertThat(breakdown.getPointsPerLine()).isEmpty();
        }

        @Test
        void earnsNothingOnAFreeLine() {
            EarningBreakdown breakdown = evaluate(order(line(1, "0.00"), line(2, "10")).build(), ONE_PER_UNIT);

            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 0L), entry(2L, 10L));
            assertThat(breakdown.getItems().get(0).getLineIds()).containsExactly(2L);
        }

        @Test
        void appliesTheHighestOfSeveralBaseRates() {
            EarningRule two = EarningRule.baseRate(3, "Spring rate", dec("2"));

            EarningBreakdown breakdown = evaluate(order(line(1, "10")).build(), ONE_PER_UNIT, two,
                    ONE_AND_A_HALF_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(20);
            assertThat(breakdown.getItems()).extracting("ruleId").containsExactly(3L);
        }

        @Test
        void appliesTheFirstOfEqualBaseRates() {
            EarningRule alsoOne = EarningRule.baseRate(9, "Other", dec("1.00"));

            assertThat(evaluate(order(line(1, "10")).build(), alsoOne, ONE_PER_UNIT).getItems())
                    .extracting("ruleId").containsExactly(9L);
        }

        @Test
        void explainsTheBaseRate() {
            BreakdownItem item = evaluate(order(line(1, "60.00"), line(2, "39.99")).build(), ONE_AND_A_HALF_PER_UNIT)
                    .getItems().get(0);

            assertThat(item.getKind()).isEqualTo(BreakdownItem.Kind.RULE);
            assertThat(item.getRuleId()).isEqualTo(2L);
            assertThat(item.getRuleType()).isEqualTo(EarningRuleType.BASE_RATE);
            assertThat(item.getReason()).isEqualTo("Standard: 1.5 points per unit of base currency on an eligible 99.99");
            assertThat(item.getExactPoints()).isEqualByComparingTo("149.985");
            assertThat(item.getPoints()).isEqualTo(149);
            assertThat(item.getLineIds()).containsExactly(1L, 2L);
        }
    }

    @Nested
    class Multipliers {

        @Test
        void productMultiplierDoublesItsLinesOnly() {
            EarningRule coffee = EarningRule.productMultiplier(5, "Double coffee", dec("2"), Arrays.asList(70L));

            EarningBreakdown breakdown = evaluate(order(line(1, 70, "10.00"), line(2, 80, "10.00")).build(),
                    ONE_PER_UNIT, coffee);

            assertThat(breakdown.getTotalPoints()).isEqualTo(30);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 20L), entry(2L, 10L));
            assertThat(breakdown.getItems()).extracting("ruleId", "points", "reason").containsExactly(
                    tuple(1L, 20L, "Standard: 1 point per unit of base currency on an eligible 20"),
                    tuple(5L, 10L, "Double coffee: x2 on line 1"));
        }

        @Test
        void categoryMultiplierTriplesLinesInTheCategory() {
            EarningRule tea = EarningRule.categoryMultiplier(6, "Tea week", dec("3"), Arrays.asList(40L));

            EarningBreakdown breakdown = evaluate(order(line(1, 70, "10", 40L, 41L), line(2, 80, "10", 41L),
                    line(3, 90, "10", 40L)).build(), ONE_PER_UNIT, tea);

            assertThat(breakdown.getTotalPoints()).isEqualTo(70);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 30L), entry(2L, 10L), entry(3L, 30L));
            assertThat(breakdown.getItems().get(1).getReason()).isEqualTo("Tea week: x3 on lines 1, 3");
        }

        @Test
        void multipliersAddUpInsteadOfCompounding() {
            EarningRule coffee = EarningRule.productMultiplier(5, "Double coffee", dec("2"), Arrays.asList(70L));
            EarningRule tea = EarningRule.categoryMultiplier(6, "Triple drinks", dec("3"), Arrays.asList(40L));

            EarningBreakdown breakdown = evaluate(order(line(1, 70, "10", 40L)).build(), ONE_PER_UNIT, coffee, tea);

            // 10 base + 10 extra (x2) + 20 extra (x3) = 40 = base x 4, not base x 6.
            assertThat(breakdown.getTotalPoints()).isEqualTo(40);
            assertThat(breakdown.getItems()).extracting("points").containsExactly(10L, 10L, 20L);
        }

        @Test
        void aMultiplierOfOneAddsNothing() {
            EarningRule same = EarningRule.productMultiplier(5, "Same", dec("1"), Arrays.asList(70L));

            EarningBreakdown breakdown = evaluate(order(line(1, 70, "10")).build(), ONE_PER_UNIT, same);

            assertThat(breakdown.getTotalPoints()).isEqualTo(10);
            assertThat(breakdown.getItems()).extracting("points").containsExactly(10L, 0L);
        }

        @Test
        void tierMultiplierAppliesToEveryLineForItsTiers() {
            EarningRule gold = EarningRule.tierMultiplier(7, "Gold members", dec("1.5"), Arrays.asList("GOLD", "VIP"));

            EarningBreakdown breakdown = evaluate(order(line(1, "10"), line(2, "30")).history(RETURNING.withTier("GOLD"))
                    .build(), ONE_PER_UNIT, gold);

            assertThat(breakdown.getTotalPoints()).isEqualTo(60);
            assertThat(breakdown.getItems().get(1).getReason()).isEqualTo("Gold members: x1.5 for tier GOLD");
            assertThat(breakdown.getItems().get(1).getLineIds()).containsExactly(1L, 2L);
        }

        @Test
        void tierMultiplierIgnoresOtherTiers() {
            EarningRule gold = EarningRule.tierMultiplier(7, "Gold members", dec("2"), Arrays.asList("GOLD"));

            assertThat(evaluate(order(line(1, "10")).history(RETURNING.withTier("SILVER")).build(), ONE_PER_UNIT, gold)
                    .getTotalPoints()).isEqualTo(10);
            assertThat(evaluate(order(line(1, "10")).history(RETURNING.withTier("gold")).build(), ONE_PER_UNIT, gold)
                    .getTotalPoints()).as("tier codes are exact").isEqualTo(10);
        }

        @Test
        void tierMultiplierIgnoresCustomersWithoutTier() {
            EarningRule gold = EarningRule.tierMultiplier(7, "Gold members", dec("2"), Arrays.asList("GOLD"));

            EarningBreakdown breakdown = evaluate(order(line(1, "10")).build(), ONE_PER_UNIT, gold);

            assertThat(breakdown.getTotalPoints()).isEqualTo(10);
            assertThat(breakdown.getItems()).hasSize(1);
        }

        @Test
        void campaignMultipliesEveryEarningLine() {
            EarningRule weekend = EarningRule.campaign(8, "Double points", dec("2"), WEDNESDAY_NOON.minusSeconds(60),
                    WEDNESDAY_NOON.plusSeconds(60));

            EarningBreakdown breakdown = evaluate(order(line(1, "10"), line(2, "5")).build(), ONE_PER_UNIT, weekend);

            assertThat(breakdown.getTotalPoints()).isEqualTo(30);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 20L), entry(2L, 10L));
            assertThat(breakdown.getItems().get(1).getReason()).isEqualTo("Double points: x2 campaign");
        }

        @Test
        void multipliersDoNotMultiplyBonuses() {
            EarningRule welcome = EarningRule.firstOrderBonus(9, "Welcome", 100);
            EarningRule doublePoints = EarningRule.campaign(8, "Double points", dec("2"), null, null);

            EarningBreakdown breakdown = evaluate(order(line(1, "10")).history(FIRST).build(), ONE_PER_UNIT, welcome,
                    doublePoints);

            assertThat(breakdown.getTotalPoints()).isEqualTo(120);
        }

        @Test
        void multipliersGiveNothingWithoutABaseRate() {
            EarningRule coffee = EarningRule.productMultiplier(5, "Double coffee", dec("2"), Arrays.asList(70L));

            EarningBreakdown breakdown = evaluate(order(line(1, 70, "10")).build(), coffee);

            assertThat(breakdown.getTotalPoints()).isZero();
        }

        @Test
        void listsItemsInTheOrderOfTheRules() {
            EarningRule campaign = EarningRule.campaign(8, "Campaign", dec("2"), null, null);
            EarningRule coffee = EarningRule.productMultiplier(5, "Coffee", dec("2"), Arrays.asList(70L));
            EarningRule welcomeBack = EarningRule.welcomeBackBonus(10, "Back", 5, 7);

            EarningBreakdown breakdown = evaluate(order(line(1, 70, "10")).build(), welcomeBack, campaign, coffee,
                    ONE_PER_UNIT);

            assertThat(breakdown.getItems()).extracting("ruleId").containsExactly(1L, 8L, 5L, 10L);
        }
    }

    @Nested
    class Exclusions {

        private final EarningRule noTobacco = EarningRule.exclusion(20, "No tobacco", Arrays.asList(66L),
                Arrays.asList(600L));

        @Test
        void excludedProductEarnsNothingEvenWithAMultiplier() {
            EarningRule quintuple = EarningRule.productMultiplier(5, "x5", dec("5"), Arrays.asList(66L));

            EarningBreakdown breakdown = evaluate(order(line(1, 66, "50"), line(2, 70, "10")).build(), quintuple,
                    ONE_PER_UNIT, noTobacco);

            assertThat(breakdown.getTotalPoints()).isEqualTo(10);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 0L), entry(2L, 10L));
            assertThat(breakdown.getItems()).extracting("ruleId").containsExactly(1L, 20L);
        }

        @Test
        void excludedCategoryEarnsNothing() {
            EarningBreakdown breakdown = evaluate(order(line(1, 10, "50", 5L, 600L), line(2, 11, "10", 5L)).build(),
                    ONE_PER_UNIT, noTobacco);

            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 0L), entry(2L, 10L));
        }

        @Test
        void exclusionIsExplainedWithZeroPoints() {
            BreakdownItem item = evaluate(order(line(1, 66, "50"), line(2, 10, "5", 600L)).build(), ONE_PER_UNIT,
                    noTobacco).getItems().get(0);

            assertThat(item.getRuleType()).isEqualTo(EarningRuleType.EXCLUSION);
            assertThat(item.getPoints()).isZero();
            assertThat(item.getReason()).isEqualTo("No tobacco: no points on lines 1, 2");
            assertThat(item.getLineIds()).containsExactly(1L, 2L);
        }

        @Test
        void excludedLinesGetNoShareOfBonuses() {
            EarningRule welcome = EarningRule.firstOrderBonus(9, "Welcome", 100);

            EarningBreakdown breakdown = evaluate(order(line(1, 66, "50"), line(2, 70, "50")).history(FIRST).build(),
                    ONE_PER_UNIT, noTobacco, welcome);

            assertThat(breakdown.getTotalPoints()).isEqualTo(150);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 0L), entry(2L, 150L));
        }

        @Test
        void anOrderOfExcludedLinesGetsNoBonus() {
            EarningRule welcome = EarningRule.firstOrderBonus(9, "Welcome", 100);

            EarningBreakdown breakdown = evaluate(order(line(1, 66, "50")).history(FIRST).build(), ONE_PER_UNIT,
                    noTobacco, welcome);

            assertThat(breakdown.getTotalPoints()).isZero();
            assertThat(breakdown.getItems()).extracting("ruleId").containsExactly(20L);
        }

        @Test
        void inactiveExclusionExcludesNothing() {
            assertThat(evaluate(order(line(1, 66, "50")).build(), ONE_PER_UNIT, noTobacco.withActive(false))
                    .getTotalPoints()).isEqualTo(50);
        }

        @Test
        void aLineExcludedTwiceIsExplainedByTheFirstExclusion() {
            EarningRule alsoTobacco = EarningRule.exclusion(21, "Also", Arrays.asList(66L), null);

            EarningBreakdown breakdown = evaluate(order(line(1, 66, "50")).build(), ONE_PER_UNIT, noTobacco,
                    alsoTobacco);

            assertThat(breakdown.getItems()).extracting("ruleId").containsExactly(20L);
        }
    }

    @Nested
    class Windows {

        private final Instant start = WEDNESDAY_NOON;
        private final Instant end = WEDNESDAY_NOON.plusSeconds(3600);
        private final EarningRule campaign = EarningRule.campaign(8, "Happy hour", dec("2"), start, end);

        @Test
        void appliesAtItsStart() {
            assertThat(evaluate(order(line(1, "10")).at(start).build(), ONE_PER_UNIT, campaign).getTotalPoints())
                    .isEqualTo(20);
        }

        @Test
        void doesNotApplyAtItsEnd() {
            assertThat(evaluate(order(line(1, "10")).at(end).build(), ONE_PER_UNIT, campaign).getTotalPoints())
                    .isEqualTo(10);
        }

        @Test
        void appliesJustBeforeItsEnd() {
            assertThat(evaluate(order(line(1, "10")).at(end.minusMillis(1)).build(), ONE_PER_UNIT, campaign)
                    .getTotalPoints()).isEqualTo(20);
        }

        @Test
        void doesNotApplyBeforeItsStart() {
            assertThat(evaluate(order(line(1, "10")).at(start.minusMillis(1)).build(), ONE_PER_UNIT, campaign)
                    .getTotalPoints()).isEqualTo(10);
        }

        @Test
        void ignoresInactiveRules() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10")).build(), ONE_PER_UNIT.withActive(false));

            assertThat(breakdown.getTotalPoints()).isZero();
            assertThat(breakdown.getItems()).isEmpty();
        }

        @Test
        void switchesBaseRatesAtTheirWindows() {
            Instant april = Instant.parse("2026-04-01T00:00:00Z");
            EarningRule untilApril = ONE_PER_UNIT.withWindow(RuleWindow.between(null, april));
            EarningRule fromApril = ONE_AND_A_HALF_PER_UNIT.withWindow(RuleWindow.between(april, null));

            assertThat(evaluate(order(line(1, "10")).at(april.minusSeconds(1)).build(), untilApril, fromApril)
                    .getTotalPoints()).isEqualTo(10);
            assertThat(evaluate(order(line(1, "10")).at(april).build(), untilApril, fromApril)
                    .getTotalPoints()).isEqualTo(15);
        }

        @Test
        void judgesCampaignDaysInTheShopsZone() {
            EarningRule sundays = EarningRule.builder(8, EarningRuleType.CAMPAIGN_MULTIPLIER, "Sunday double")
                    .coefficient(dec("2")).daysOfWeek(Arrays.asList(DayOfWeek.SUNDAY)).build();
            // 22:00 UTC on Saturday is 01:30 on Sunday in Tehran.
            OrderForEarning saturdayEveningUtc = order(line(1, "10")).at("2026-03-07T22:00:00Z")
                    .history(RETURNING.withTier(null)).build();
            OrderForEarning sameInstantInTehran = order(line(1, "10")).at("2026-03-07T22:00:00Z")
                    .history(CustomerHistory.firstOrder(ZoneId.of("Asia/Tehran")).withEarlierOrders(5, 1, 10L))
                    .build();

            assertThat(evaluate(saturdayEveningUtc, ONE_PER_UNIT, sundays).getTotalPoints()).isEqualTo(10);
            assertThat(evaluate(sameInstantInTehran, ONE_PER_UNIT, sundays).getTotalPoints()).isEqualTo(20);
        }

        @Test
        void appliesAWeekendCampaignOnlyOnWeekendsInsideItsWindow() {
            EarningRule marchWeekends = EarningRule.builder(8, EarningRuleType.CAMPAIGN_MULTIPLIER, "March weekends")
                    .coefficient(dec("2")).daysOfWeek(Arrays.asList(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                    .window(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")).build();

            assertThat(evaluate(order(line(1, "10")).at("2026-03-07T10:00:00Z").build(), ONE_PER_UNIT, marchWeekends)
                    .getTotalPoints()).as("a Saturday in March").isEqualTo(20);
            assertThat(evaluate(order(line(1, "10")).at("2026-03-09T10:00:00Z").build(), ONE_PER_UNIT, marchWeekends)
                    .getTotalPoints()).as("a Monday in March").isEqualTo(10);
            assertThat(evaluate(order(line(1, "10")).at("2026-04-04T10:00:00Z").build(), ONE_PER_UNIT, marchWeekends)
                    .getTotalPoints()).as("a Saturday in April").isEqualTo(10);
        }
    }

    @Nested
    class Bonuses {

        private final EarningRule welcome = EarningRule.firstOrderBonus(30, "Welcome", 100);
        private final EarningRule everyFifth = EarningRule.nthOrderBonus(31, "Fifth order", 50, 5);
        private final EarningRule regular = EarningRule.frequencyBonus(32, "Regular", 20, 3);
        private final EarningRule welcomeBack = EarningRule.welcomeBackBonus(33, "Welcome back", 40, 60);

        @Test
        void givesTheFirstOrderBonusOnTheFirstOrder() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10")).history(FIRST).build(), ONE_PER_UNIT, welcome);

            assertThat(breakdown.getTotalPoints()).isEqualTo(110);
            assertThat(breakdown.getItems().get(1).getReason()).isEqualTo("Welcome: first-order bonus");
            assertThat(breakdown.getItems().get(1).getLineIds()).isEmpty();
        }

        @Test
        void givesNoFirstOrderBonusOnTheSecondOrder() {
            assertThat(evaluate(order(line(1, "10")).history(FIRST.withEarlierOrders(1, 1, 2L)).build(), ONE_PER_UNIT,
                    welcome).getTotalPoints()).isEqualTo(10);
        }

        @Test
        void givesTheNthOrderBonusOnEveryNthOrder() {
            for (long earlier = 0; earlier < 16; earlier++) {
                long number = earlier + 1;
                CustomerHistory history = FIRST.withEarlierOrders(earlier, 0, earlier == 0 ? null : 100L);

                long points = evaluate(order(line(1, "10")).history(history).build(), ONE_PER_UNIT, everyFifth)
                        .getTotalPoints();

                assertThat(points).as("order number %d", number).isEqualTo(number % 5 == 0 ? 60 : 10);
            }
        }

        @Test
        void explainsTheNthOrderBonus() {
            assertThat(evaluate(order(line(1, "10")).history(FIRST.withEarlierOrders(9, 1, 3L)).build(), ONE_PER_UNIT,
                    everyFifth).getItems().get(1).getReason())
                    .isEqualTo("Fifth order: bonus on order number 10 (every 5 orders)");
        }

        @Test
        void givesTheFrequencyBonusFromKOrdersInTheLast30Days() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10")).history(FIRST.withEarlierOrders(8, 3, 2L))
                    .build(), ONE_PER_UNIT, regular);

            assertThat(breakdown.getTotalPoints()).isEqualTo(30);
            assertThat(breakdown.getItems().get(1).getReason())
                    .isEqualTo("Regular: bonus for 3 orders in the 30 days before this one (3 needed)");
        }

        @Test
        void givesNoFrequencyBonusBelowK() {
            assertThat(evaluate(order(line(1, "10")).history(FIRST.withEarlierOrders(8, 2, 2L)).build(), ONE_PER_UNIT,
                    regular).getTotalPoints()).isEqualTo(10);
        }

        @Test
        void givesTheWelcomeBackBonusFromDDays() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10")).history(FIRST.withEarlierOrders(4, 0, 60L))
                    .build(), ONE_PER_UNIT, welcomeBack);

            assertThat(breakdown.getTotalPoints()).isEqualTo(50);
            assertThat(breakdown.getItems().get(1).getReason()).isEqualTo("Welcome back: welcome back after 60 days (60 needed)");
        }

        @Test
        void givesNoWelcomeBackBonusBeforeDDays() {
            assertThat(evaluate(order(line(1, "10")).history(FIRST.withEarlierOrders(4, 0, 59L)).build(), ONE_PER_UNIT,
                    welcomeBack).getTotalPoints()).isEqualTo(10);
        }

        @Test
        void givesNoWelcomeBackBonusWhenThePreviousOrderDateIsUnknown() {
            assertThat(evaluate(order(line(1, "10")).history(FIRST.withEarlierOrders(4, 0, null)).build(),
                    ONE_PER_UNIT, welcomeBack).getTotalPoints()).isEqualTo(10);
        }

        @Test
        void givesNoWelcomeBackBonusOnAFirstOrder() {
            assertThat(evaluate(order(line(1, "10")).history(FIRST).build(), ONE_PER_UNIT, welcomeBack)
                    .getTotalPoints()).isEqualTo(10);
        }

        @Test
        void givesEveryBonusWhoseConditionHolds() {
            CustomerHistory history = FIRST.withEarlierOrders(9, 3, 61L);

            EarningBreakdown breakdown = evaluate(order(line(1, "10")).history(history).build(), ONE_PER_UNIT, welcome,
                    everyFifth, regular, welcomeBack);

            assertThat(breakdown.getTotalPoints()).isEqualTo(10 + 50 + 20 + 40);
            assertThat(breakdown.getItems()).extracting("ruleId").containsExactly(1L, 31L, 32L, 33L);
        }

        @Test
        void givesBonusesWithoutABaseRate() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10")).history(FIRST).build(), welcome);

            assertThat(breakdown.getTotalPoints()).isEqualTo(100);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 100L));
        }

        @Test
        void spreadsBonusesOverLinesByEligibleAmount() {
            EarningBreakdown breakdown = evaluate(order(line(1, "30"), line(2, "10")).history(FIRST).build(), welcome);

            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 75L), entry(2L, 25L));
        }

        @Test
        void givesNoBonusWhenNoLineEarns() {
            EarningBreakdown breakdown = evaluate(order(giftCard(1, "50"), line(2, "0")).history(FIRST).build(),
                    ONE_PER_UNIT, welcome);

            assertThat(breakdown.getTotalPoints()).isZero();
            assertThat(breakdown.getItems()).extracting("kind")
                    .containsExactly(BreakdownItem.Kind.GIFT_CARDS_DO_NOT_EARN);
        }

        @Test
        void ignoresBonusesOutOfTheirWindow() {
            EarningRule expired = welcome.withWindow(RuleWindow.between(null, WEDNESDAY_NOON));

            assertThat(evaluate(order(line(1, "10")).history(FIRST).build(), ONE_PER_UNIT, expired).getTotalPoints())
                    .isEqualTo(10);
        }
    }

    @Nested
    class Caps {

        private final OrderForEarning thousand = order(line(1, "600"), line(2, "400")).build();

        @Test
        void capsPointsPerOrder() {
            EarningBreakdown breakdown = evaluate(thousand, EarningPolicy.standard().withMaxPointsPerOrder(500L),
                    ONE_PER_UNIT);

            assertThat(breakdown.getPointsBeforeCaps()).isEqualTo(1000);
            assertThat(breakdown.getTotalPoints()).isEqualTo(500);
            BreakdownItem cap = breakdown.getItems().get(1);
            assertThat(cap.getKind()).isEqualTo(BreakdownItem.Kind.ORDER_CAP);
            assertThat(cap.getRuleId()).isNull();
            assertThat(cap.getRuleType()).isNull();
            assertThat(cap.getPoints()).isEqualTo(-500);
            assertThat(cap.getReason()).isEqualTo("At most 500 points per order");
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 300L), entry(2L, 200L));
        }

        @Test
        void capsPointsPerDayWithWhatWasEarnedToday() {
            OrderForEarning order = order(line(1, "500")).history(RETURNING.withPointsEarned(800, 800)).build();

            EarningBreakdown breakdown = evaluate(order, EarningPolicy.standard().withMaxPointsPerCustomerPerDay(1000L),
                    ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(200);
            assertThat(breakdown.getItems()).extracting("kind", "points", "reason").containsExactly(
                    tuple(BreakdownItem.Kind.RULE, 500L, "Standard: 1 point per unit of base currency on an eligible 500"),
                    tuple(BreakdownItem.Kind.DAILY_CAP, -300L, "At most 1000 points per day; 800 already earned today"));
        }

        @Test
        void earnsNothingOnceTheDailyCapIsReached() {
            OrderForEarning order = order(line(1, "500"), line(2, "20")).history(RETURNING.withPointsEarned(1200, 1200))
                    .build();

            EarningBreakdown breakdown = evaluate(order, EarningPolicy.standard().withMaxPointsPerCustomerPerDay(1000L),
                    ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isZero();
            assertThat(breakdown.getItems().get(1).getPoints()).isEqualTo(-520);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 0L), entry(2L, 0L));
        }

        @Test
        void capsPointsPerMonthWithWhatWasEarnedThisMonth() {
            OrderForEarning order = order(line(1, "500")).history(RETURNING.withPointsEarned(0, 4900)).build();

            EarningBreakdown breakdown = evaluate(order,
                    EarningPolicy.standard().withMaxPointsPerCustomerPerMonth(5000L), ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(100);
            assertThat(breakdown.getItems().get(1).getKind()).isEqualTo(BreakdownItem.Kind.MONTHLY_CAP);
            assertThat(breakdown.getItems().get(1).getReason())
                    .isEqualTo("At most 5000 points per month; 4900 already earned this month");
        }

        @Test
        void appliesTheCapsOneAfterAnother() {
            OrderForEarning order = order(line(1, "1000")).history(RETURNING.withPointsEarned(300, 4700)).build();
            EarningPolicy policy = EarningPolicy.standard().withMaxPointsPerOrder(800L)
                    .withMaxPointsPerCustomerPerDay(1000L).withMaxPointsPerCustomerPerMonth(5000L);

            EarningBreakdown breakdown = evaluate(order, policy, ONE_PER_UNIT);

            // 1000 -> 800 (order) -> 700 (day: 1000 - 300) -> 300 (month: 5000 - 4700).
            assertThat(breakdown.getTotalPoints()).isEqualTo(300);
            assertThat(breakdown.getItems()).extracting("kind", "points").containsExactly(
                    tuple(BreakdownItem.Kind.RULE, 1000L),
                    tuple(BreakdownItem.Kind.ORDER_CAP, -200L),
                    tuple(BreakdownItem.Kind.DAILY_CAP, -100L),
                    tuple(BreakdownItem.Kind.MONTHLY_CAP, -400L));
        }

        @Test
        void addsNoItemForACapNotReached() {
            EarningPolicy policy = EarningPolicy.standard().withMaxPointsPerOrder(1000L)
                    .withMaxPointsPerCustomerPerDay(5000L).withMaxPointsPerCustomerPerMonth(5000L);

            EarningBreakdown breakdown = evaluate(thousand, policy, ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(1000);
            assertThat(breakdown.getItems()).hasSize(1);
        }

        @Test
        void capsBonusesToo() {
            EarningRule welcome = EarningRule.firstOrderBonus(30, "Welcome", 500);

            EarningBreakdown breakdown = evaluate(order(line(1, "10")).history(FIRST).build(),
                    EarningPolicy.standard().withMaxPointsPerOrder(100L), ONE_PER_UNIT, welcome);

            assertThat(breakdown.getTotalPoints()).isEqualTo(100);
            assertThat(breakdown.getItems()).extracting("points").containsExactly(10L, 500L, -410L);
        }

        @Test
        void sharesACappedTotalInProportionToTheLines() {
            OrderForEarning order = order(line(1, "33.33"), line(2, "33.33"), line(3, "33.33")).build();

            EarningBreakdown breakdown = evaluate(order, EarningPolicy.standard().withMaxPointsPerOrder(100L),
                    ONE_AND_A_HALF_PER_UNIT);

            assertThat(breakdown.getPointsBeforeCaps()).isEqualTo(149);
            assertThat(breakdown.getTotalPoints()).isEqualTo(100);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 34L), entry(2L, 33L), entry(3L, 33L));
        }
    }

    @Nested
    class GiftCards {

        @Test
        void giftCardsEarnNothingByDefault() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10"), giftCard(2, "50"), giftCard(3, "25")).build(),
                    ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(10);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 10L), entry(2L, 0L), entry(3L, 0L));
            BreakdownItem item = breakdown.getItems().get(1);
            assertThat(item.getKind()).isEqualTo(BreakdownItem.Kind.GIFT_CARDS_DO_NOT_EARN);
            assertThat(item.getPoints()).isZero();
            assertThat(item.getReason()).isEqualTo("Gift cards do not earn points (lines 2, 3)");
            assertThat(item.getLineIds()).containsExactly(2L, 3L);
        }

        @Test
        void giftCardsEarnWhenTheProgramSaysSo() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10"), giftCard(2, "50")).build(),
                    EarningPolicy.standard().withGiftCardsEarning(true), ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(60);
            assertThat(breakdown.getItems()).hasSize(1);
        }

        @Test
        void anExclusionStillAppliesToEarningGiftCards() {
            EarningRule noGiftCards = EarningRule.exclusion(20, "No gift cards", Arrays.asList(9002L), null);

            EarningBreakdown breakdown = evaluate(order(line(1, "10"), giftCard(2, "50")).build(),
                    EarningPolicy.standard().withGiftCardsEarning(true), ONE_PER_UNIT, noGiftCards);

            assertThat(breakdown.getTotalPoints()).isEqualTo(10);
        }
    }

    @Nested
    class Currencies {

        @Test
        void earnsTheSameForTheSameValueInAnotherCurrency() {
            EarningRule doubleCoffee = EarningRule.productMultiplier(5, "Double coffee", dec("2"), Arrays.asList(100L));
            EarningBreakdown inEuros = evaluate(order(line(1, "100.00"), line(2, "33.33")).in("EUR", "1.1").build(),
                    ONE_AND_A_HALF_PER_UNIT, doubleCoffee);
            EarningBreakdown inDollars = evaluate(order(line(1, "110.00"), line(2, "36.663")).build(),
                    ONE_AND_A_HALF_PER_UNIT, doubleCoffee);

            assertThat(inEuros.getTotalPoints()).isEqualTo(inDollars.getTotalPoints()).isEqualTo(384);
            assertThat(inEuros.getExactPoints()).isEqualByComparingTo(inDollars.getExactPoints());
            assertThat(inEuros.getPointsPerLine()).isEqualTo(inDollars.getPointsPerLine());
            assertThat(inEuros.getItems()).extracting("points")
                    .containsExactlyElementsOf(extractPoints(inDollars.getItems()));
        }

        @Test
        void hundredEurosAtOnePointOneEarnLikeHundredAndTenInTheBaseCurrency() {
            EarningBreakdown inEuros = evaluate(order(line(1, "100.00")).in("EUR", "1.1").build(), ONE_PER_UNIT);
            EarningBreakdown inDollars = evaluate(order(line(1, "110.00")).build(), ONE_PER_UNIT);

            assertThat(inEuros.getTotalPoints()).isEqualTo(inDollars.getTotalPoints()).isEqualTo(110);
        }

        @Test
        void convertsBeforeTheRateApplies() {
            EarningBreakdown breakdown = evaluate(order(line(1, "1000")).in("JPY", "0.0067").build(), ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(6);
            assertThat(breakdown.getItems().get(0).getReason()).endsWith("on an eligible 6.7");
        }

        private List<Long> extractPoints(List<BreakdownItem> items) {
            List<Long> points = new ArrayList<>();
            for (BreakdownItem item : items) {
                points.add(item.getPoints());
            }
            return points;
        }
    }

    @Nested
    class Rounding {

        private final OrderForEarning threeLinesOf3333 = order(line(1, "33.33"), line(2, "33.33"), line(3, "33.33"))
                .build();

        @Test
        void floorsOncePerOrderNotPerLine() {
            EarningBreakdown breakdown = evaluate(threeLinesOf3333, ONE_AND_A_HALF_PER_UNIT);

            // 3 x 49.995 = 149.985 -> 149 (per-line flooring would give 147).
            assertThat(breakdown.getExactPoints()).isEqualByComparingTo("149.985");
            assertThat(breakdown.getTotalPoints()).isEqualTo(149);
        }

        @Test
        void attributesTheTotalToLinesByLargestRemainder() {
            EarningBreakdown breakdown = evaluate(threeLinesOf3333, ONE_AND_A_HALF_PER_UNIT);

            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 50L), entry(2L, 50L), entry(3L, 49L));
        }

        @Test
        void roundsItemsSoThatTheyAddUpToTheTotal() {
            EarningRule halfMore = EarningRule.campaign(8, "Spring", dec("1.5"), null, null);

            EarningBreakdown breakdown = evaluate(threeLinesOf3333, ONE_AND_A_HALF_PER_UNIT, halfMore);

            // 149.985 + 74.9925 = 224.9775 -> 224; 149 + 74 = 223, the missing point to the larger remainder.
            assertThat(breakdown.getTotalPoints()).isEqualTo(224);
            assertThat(breakdown.getItems()).extracting("points").containsExactly(149L, 75L);
            assertThat(itemSum(breakdown)).isEqualTo(224);
        }

        @Test
        void sharesABonusInThirds() {
            EarningRule welcome = EarningRule.firstOrderBonus(30, "Welcome", 100);

            EarningBreakdown breakdown = evaluate(order(line(1, "10"), line(2, "10"), line(3, "10")).history(FIRST)
                    .build(), welcome);

            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 34L), entry(2L, 33L), entry(3L, 33L));
        }

        @Test
        void attributesEachLineItsOwnPointsPlusItsShareOfBonuses() {
            EarningRule coffee = EarningRule.productMultiplier(5, "Triple coffee", dec("3"), Arrays.asList(100L));
            EarningRule welcome = EarningRule.firstOrderBonus(30, "Welcome", 10);

            EarningBreakdown breakdown = evaluate(order(line(1, "2.50"), line(2, "7.50")).history(FIRST).build(),
                    ONE_PER_UNIT, coffee, welcome);

            // Line 1: 2.5 x 3 = 7.5 + 2.5 bonus = 10; line 2: 7.5 + 7.5 bonus = 15.
            assertThat(breakdown.getTotalPoints()).isEqualTo(25);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 10L), entry(2L, 15L));
        }

        @Test
        void keepsAllPointsOfTinyLinesTogether() {
            EarningBreakdown breakdown = evaluate(order(line(1, "0.40"), line(2, "0.40"), line(3, "0.40")).build(),
                    ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isEqualTo(1);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 1L), entry(2L, 0L), entry(3L, 0L));
        }

        @Test
        void reportsFewerPointsThanOneAsZero() {
            EarningBreakdown breakdown = evaluate(order(line(1, "0.99")).build(), ONE_PER_UNIT);

            assertThat(breakdown.getTotalPoints()).isZero();
            assertThat(breakdown.getItems()).extracting("points").containsExactly(0L);
            assertThat(breakdown.getPointsPerLine()).containsExactly(entry(1L, 0L));
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesANullRule() {
            assertThatThrownBy(() -> engine.evaluate(order(line(1, "10")).build(), Arrays.asList(ONE_PER_UNIT, null),
                    EarningPolicy.standard())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesRulesWithTheSameId() {
            EarningRule alsoOne = EarningRule.firstOrderBonus(1, "Welcome", 5);

            assertThatThrownBy(() -> evaluate(order(line(1, "10")).build(), ONE_PER_UNIT, alsoOne.withActive(false)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule id 1 repeats");
        }

        @Test
        void refusesPointsBeyondLong() {
            EarningRule huge = EarningRule.baseRate(1, "Huge", dec("1000"));

            assertThatThrownBy(() -> evaluate(order(line(1, "99999999999999999")).build(), huge))
                    .isInstanceOf(LoyaltyException.class)
                    .extracting("code").isEqualTo("points_out_of_range");
        }

        @Test
        void refusesBonusesAddingUpBeyondLong() {
            EarningRule big = EarningRule.firstOrderBonus(1, "Big", Long.MAX_VALUE / 2 + 1);
            EarningRule bigger = EarningRule.nthOrderBonus(2, "Bigger", Long.MAX_VALUE / 2 + 1, 2);
            OrderForEarning secondOrder = order(line(1, "1")).history(FIRST.withEarlierOrders(1, 1, 1L)).build();
            EarningRule alsoBig = EarningRule.welcomeBackBonus(3, "Also big", Long.MAX_VALUE / 2 + 1, 1);

            assertThatThrownBy(() -> evaluate(secondOrder, big, bigger, alsoBig))
                    .isInstanceOf(LoyaltyException.class)
                    .extracting("code").isEqualTo("points_out_of_range");
        }

        @Test
        void earnsTheLargestPossibleNumberOfPoints() {
            EarningRule big = EarningRule.firstOrderBonus(1, "Big", Long.MAX_VALUE);

            EarningBreakdown breakdown = evaluate(order(line(1, "1"), line(2, "2")).history(FIRST).build(), big);

            assertThat(breakdown.getTotalPoints()).isEqualTo(Long.MAX_VALUE);
            assertThat(breakdown.getPointsPerLine().get(1L) + breakdown.getPointsPerLine().get(2L))
                    .isEqualTo(Long.MAX_VALUE);
        }

        @Test
        void refusesMissingArguments() {
            OrderForEarning order = order(line(1, "10")).build();
            List<EarningRule> rules = Collections.singletonList(ONE_PER_UNIT);

            assertThatThrownBy(() -> engine.evaluate(null, rules, EarningPolicy.standard()))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> engine.evaluate(order, null, EarningPolicy.standard()))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> engine.evaluate(order, rules, null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Breakdowns {

        @Test
        void answersForEachLine() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10"), line(2, "5")).build(), ONE_PER_UNIT);

            assertThat(breakdown.getOrderId()).isEqualTo(1001);
            assertThat(breakdown.getPointsForLine(2)).isEqualTo(5);
            assertThatThrownBy(() -> breakdown.getPointsForLine(3)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void cannotBeChanged() {
            EarningBreakdown breakdown = evaluate(order(line(1, "10")).build(), ONE_PER_UNIT);

            assertThatThrownBy(() -> breakdown.getPointsPerLine().put(1L, 99L))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> breakdown.getItems().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void refusesToExistWhenItsItemsDoNotAddUp() {
            assertThatThrownBy(() -> new EarningBreakdown(1, dec("5"), 5, 5, Collections.singletonMap(1L, 5L),
                    Collections.<BreakdownItem>emptyList())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void givesTheSameAnswerTwice() {
            OrderForEarning order = order(line(1, "33.33"), line(2, "12.01")).history(FIRST).build();
            List<EarningRule> rules = Arrays.asList(ONE_AND_A_HALF_PER_UNIT,
                    EarningRule.firstOrderBonus(9, "Welcome", 7));

            EarningBreakdown first = engine.evaluate(order, rules, EarningPolicy.standard());
            EarningBreakdown second = engine.evaluate(order, rules, EarningPolicy.standard());

            // 45.34 x 1.5 = 68.01 -> 68, plus 7.
            assertThat(first.getTotalPoints()).isEqualTo(second.getTotalPoints()).isEqualTo(75);
            assertThat(second.getPointsPerLine()).isEqualTo(first.getPointsPerLine());
            assertThat(second.getItems()).extracting("points").containsExactly(68L, 7L);
        }
    }
}
