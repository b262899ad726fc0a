package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class EarningRuleTest {

    private static final Instant MONDAY_NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static void assertInvalidRule(ThrowingCallable building, String messagePart) {
        assertThatThrownBy(building)
                .isInstanceOf(LoyaltyException.class)
                .hasMessageContaining(messagePart)
                .extracting("code").isEqualTo("invalid_rule");
    }

    @Nested
    class Windows {

        private final Instant start = Instant.parse("2026-03-06T00:00:00Z");
        private final Instant end = Instant.parse("2026-03-09T00:00:00Z");

        @Test
        void includesItsStart() {
            assertThat(RuleWindow.between(start, end).contains(start)).isTrue();
        }

        @Test
        void excludesItsEnd() {
            assertThat(RuleWindow.between(start, end).contains(end)).isFalse();
            assertThat(RuleWindow.between(start, end).contains(end.minusNanos(1))).isTrue();
        }

        @Test
        void excludesTheInstantBeforeItsStart() {
            assertThat(RuleWindow.between(start, end).contains(start.minusNanos(1))).isFalse();
        }

        @Test
        void mayBeOpenAtEitherEnd() {
            assertThat(RuleWindow.between(null, end).contains(Instant.EPOCH)).isTrue();
            assertThat(RuleWindow.between(start, null).contains(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
            assertThat(RuleWindow.always().contains(Instant.EPOCH)).isTrue();
            assertThat(RuleWindow.between(null, null)).isEqualTo(RuleWindow.always());
        }

        @Test
        void refusesAnEndBeforeTheStart() {
            assertInvalidRule(() -> RuleWindow.between(end, start), "must be after");
        }

        @Test
        void refusesAnEndEqualToTheStart() {
            assertInvalidRule(() -> RuleWindow.between(start, start), "must be after");
        }
    }

    @Nested
    class Building {

        @Test
        void buildsABaseRate() {
            EarningRule rule = EarningRule.baseRate(1, " Standard ", new BigDecimal("0.5"));

            assertThat(rule.getId()).isEqualTo(1);
            assertThat(rule.getName()).isEqualTo("Standard");
            assertThat(rule.getType()).isEqualTo(EarningRuleType.BASE_RATE);
            assertThat(rule.getRate()).isEqualByComparingTo("0.5");
            assertThat(rule.isActive()).isTrue();
            assertThat(rule.getWindow()).isEqualTo(RuleWindow.always());
        }

        @Test
        void buildsEachMultiplier() {
            assertThat(EarningRule.productMultiplier(2, "Coffee", new BigDecimal("2"), Arrays.asList(7L, 8L))
                    .getProductIds()).containsExactly(7L, 8L);
            assertThat(EarningRule.categoryMultiplier(3, "Tea", new BigDecimal("3"), Arrays.asList(9L))
                    .getCategoryIds()).containsExactly(9L);
            assertThat(EarningRule.tierMultiplier(4, "Gold", new BigDecimal("1.5"), Arrays.asList("GOLD"))
                    .getTierCodes()).containsExactly("GOLD");
            EarningRule campaign = EarningRule.campaign(5, "Weekend", new BigDecimal("2"), MONDAY_NOON, null);
            assertThat(campaign.getCoefficient()).isEqualByComparingTo("2");
            assertThat(campaign.getWindow().getStartsAt()).isEqualTo(MONDAY_NOON);
        }

        @Test
        void buildsEachBonus() {
            assertThat(EarningRule.firstOrderBonus(1, "Welcome", 100).getBonusPoints()).isEqualTo(100);
            assertThat(EarningRule.nthOrderBonus(2, "Tenth", 50, 10).getEveryNthOrder()).isEqualTo(10);
            assertThat(EarningRule.frequencyBonus(3, "Regular", 20, 3).getMinOrdersInLast30Days()).isEqualTo(3);
            assertThat(EarningRule.welcomeBackBonus(4, "Missed you", 30, 60).getMinDaysSincePreviousOrder())
                    .isEqualTo(60);
        }

        @Test
        void buildsAnExclusionOfProductsOrCategories() {
            assertThat(EarningRule.exclusion(1, "No tobacco", Collections.<Long>emptyList(), Arrays.asList(4L))
                    .getCategoryIds()).containsExactly(4L);
            assertThat(EarningRule.exclusion(2, "No stamps", Arrays.asList(5L), null).getProductIds())
                    .containsExactly(5L);
        }

        @Test
        void copiesWithChanges() {
            EarningRule rule = EarningRule.baseRate(1, "Standard", BigDecimal.ONE);
            RuleWindow march = RuleWindow.between(MONDAY_NOON, null);

            assertThat(rule.withActive(false).isActive()).isFalse();
            assertThat(rule.withWindow(march).getWindow()).isEqualTo(march);
            assertThat(rule.isActive()).isTrue();
        }

        @Test
        void keepsItsSetsFromChanging() {
            EarningRule rule = EarningRule.productMultiplier(2, "Coffee", new BigDecimal("2"), Arrays.asList(7L));

            assertThatThrownBy(() -> rule.getProductIds().add(8L)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesAMissingName() {
            assertInvalidRule(() -> EarningRule.baseRate(1, "  ", BigDecimal.ONE), "name");
        }

        @Test
        void refusesAZeroRate() {
            assertInvalidRule(() -> EarningRule.baseRate(1, "Standard", BigDecimal.ZERO), "positive rate");
        }

        @Test
        void refusesAMissingRate() {
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.BASE_RATE, "Standard").build(),
                    "positive rate");
        }

        @Test
        void refusesAnAbsurdRate() {
            assertInvalidRule(() -> EarningRule.baseRate(1, "Standard", new BigDecimal("1E+40")), "out of range");
        }

        @Test
        void refusesACoefficientBelowOne() {
            assertInvalidRule(() -> EarningRule.productMultiplier(2, "Half", new BigDecimal("0.5"), Arrays.asList(7L)),
                    "at least 1");
        }

        @Test
        void refusesAMultiplierWithoutProducts() {
            assertInvalidRule(() -> EarningRule.productMultiplier(2, "Coffee", new BigDecimal("2"),
                    Collections.<Long>emptyList()), "at least one product");
        }

        @Test
        void refusesAMultiplierWithoutCategories() {
            assertInvalidRule(() -> EarningRule.categoryMultiplier(2, "Tea", new BigDecimal("2"), null),
                    "at least one category");
        }

        @Test
        void refusesAnExclusionOfNothing() {
            assertInvalidRule(() -> EarningRule.exclusion(2, "Nothing", null, null), "product or category");
        }

        @Test
        void refusesATierMultiplierWithoutTiers() {
            assertInvalidRule(() -> EarningRule.tierMultiplier(2, "Gold", new BigDecimal("2"),
                    Collections.<String>emptyList()), "tier code");
        }

        @Test
        void refusesABlankTierCode() {
            assertInvalidRule(() -> EarningRule.tierMultiplier(2, "Gold", new BigDecimal("2"), Arrays.asList(" ")),
                    "blank");
        }

        @Test
        void refusesANullProductId() {
            assertInvalidRule(() -> EarningRule.productMultiplier(2, "Coffee", new BigDecimal("2"),
                    Arrays.asList(7L, null)), "null");
        }

        @Test
        void refusesABonusOfNoPoints() {
            assertInvalidRule(() -> EarningRule.firstOrderBonus(3, "Welcome", 0), "bonus points");
        }

        @Test
        void refusesEveryFirstOrderAsAnNthOrderBonus() {
            assertInvalidRule(() -> EarningRule.nthOrderBonus(3, "Every order", 10, 1), "at least 2");
        }

        @Test
        void refusesAFrequencyBonusForZeroOrders() {
            assertInvalidRule(() -> EarningRule.frequencyBonus(3, "Regular", 10, 0), "at least 1");
        }

        @Test
        void refusesAWelcomeBackAfterZeroDays() {
            assertInvalidRule(() -> EarningRule.welcomeBackBonus(3, "Back", 10, 0), "at least 1");
        }

        @Test
        void refusesSettingsTheTypeDoesNotUse() {
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.BASE_RATE, "Standard").rate(BigDecimal.ONE)
                    .productIds(Arrays.asList(1L)).build(), "products");
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.BASE_RATE, "Standard").rate(BigDecimal.ONE)
                    .coefficient(BigDecimal.ONE).build(), "coefficient");
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.FIRST_ORDER_BONUS, "Welcome")
                    .bonusPoints(5).rate(BigDecimal.ONE).build(), "rate");
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.EXCLUSION, "No tobacco")
                    .productIds(Arrays.asList(1L)).bonusPoints(5).build(), "bonus points");
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.PRODUCT_MULTIPLIER, "Coffee")
                    .coefficient(BigDecimal.ONE).productIds(Arrays.asList(1L))
                    .daysOfWeek(Arrays.asList(DayOfWeek.SATURDAY)).build(), "days of the week");
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.FIRST_ORDER_BONUS, "Welcome")
                    .bonusPoints(5).everyNthOrder(3).build(), "every Nth order");
            assertInvalidRule(() -> EarningRule.builder(1, EarningRuleType.CAMPAIGN_MULTIPLIER, "Gold")
                    .coefficient(BigDecimal.ONE).tierCodes(Arrays.asList("GOLD")).build(), "tier codes");
        }

        @Test
        void refusesACampaignEndingBeforeItStarts() {
            assertInvalidRule(() -> EarningRule.campaign(5, "Backwards", new BigDecimal("2"), MONDAY_NOON,
                    MONDAY_NOON.minusSeconds(1)), "must be after");
        }

        @Test
        void namesTheRuleInTheMessage() {
            assertInvalidRule(() -> EarningRule.firstOrderBonus(42, "Welcome", -1), "rule 42 (FIRST_ORDER_BONUS 'Welcome')");
        }
    }

    @Nested
    class InForce {

        private final ZoneId utc = ZoneOffset.UTC;

        @Test
        void isInForceInsideItsWindow() {
            EarningRule rule = EarningRule.campaign(1, "March", new BigDecimal("2"), MONDAY_NOON,
                    MONDAY_NOON.plusSeconds(3600));

            assertThat(rule.isInForceAt(MONDAY_NOON, utc)).isTrue();
            assertThat(rule.isInForceAt(MONDAY_NOON.plusSeconds(3600), utc)).isFalse();
            assertThat(rule.isInForceAt(MONDAY_NOON.minusSeconds(1), utc)).isFalse();
        }

        @Test
        void isNotInForceWhenInactive() {
            assertThat(EarningRule.baseRate(1, "Standard", BigDecimal.ONE).withActive(false)
                    .isInForceAt(MONDAY_NOON, utc)).isFalse();
        }

        @Test
        void isInForceOnlyOnItsDaysOfTheWeek() {
            EarningRule weekends = EarningRule.builder(1, EarningRuleType.CAMPAIGN_MULTIPLIER, "Weekends")
                    .coefficient(new BigDecimal("2")).daysOfWeek(Arrays.asList(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                    .build();

            assertThat(weekends.isInForceAt(MONDAY_NOON, utc)).isFalse();
            assertThat(weekends.isInForceAt(Instant.parse("2026-03-07T12:00:00Z"), utc)).isTrue();
            assertThat(weekends.isInForceAt(Instant.parse("2026-03-08T23:59:59Z"), utc)).isTrue();
        }

        @Test
        void judgesTheDayOfTheWeekInTheShopsZone() {
            EarningRule sundays = EarningRule.builder(1, EarningRuleType.CAMPAIGN_MULTIPLIER, "Sundays")
                    .coefficient(new BigDecimal("2")).daysOfWeek(Arrays.asList(DayOfWeek.SUNDAY)).build();
            // Saturday 22:00 in UTC is already Sunday 01:30 in Tehran, and Sunday 22:00 UTC is Monday there.
            Instant saturdayEveningUtc = Instant.parse("2026-03-07T22:00:00Z");
            Instant sundayEveningUtc = Instant.parse("2026-03-08T22:00:00Z");
            ZoneId tehran = ZoneId.of("Asia/Tehran");

            assertThat(sundays.isInForceAt(saturdayEveningUtc, utc)).isFalse();
            assertThat(sundays.isInForceAt(saturdayEveningUtc, tehran)).isTrue();
            assertThat(sundays.isInForceAt(sundayEveningUtc, utc)).isTrue();
            assertThat(sundays.isInForceAt(sundayEveningUtc, tehran)).isFalse();
        }

        @Test
        void selectsLinesByProductOrCategory() {
            EarningRule exclusion = EarningRule.exclusion(1, "No tobacco", Arrays.asList(5L), Arrays.asList(40L));

            assertThat(exclusion.selects(new OrderLineForEarning(1, 5, Collections.<Long>emptyList(), 1,
                    BigDecimal.ONE, false))).isTrue();
            assertThat(exclusion.selects(new OrderLineForEarning(2, 6, Arrays.asList(30L, 40L), 1, BigDecimal.ONE,
                    false))).isTrue();
            assertThat(exclusion.selects(new OrderLineForEarning(3, 6, Arrays.asList(30L), 1, BigDecimal.ONE,
                    false))).isFalse();
        }
    }
}
