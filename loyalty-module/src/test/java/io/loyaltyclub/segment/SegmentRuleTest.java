package io.loyaltyclub.segment;

import static io.loyaltyclub.segment.SegmentField.*;
import static io.loyaltyclub.segment.SegmentOperator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

/** The conditions, and the lifecycle segments as the migrations seed them (loyal 5, at-risk 60, dormant 180 days). */
class SegmentRuleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

    private static final SegmentRule NEW = SegmentRule.allOf(c(ORDER_COUNT, LE, "1"));
    private static final SegmentRule REPEAT = SegmentRule.allOf(c(ORDER_COUNT, GE, "2"));
    private static final SegmentRule LOYAL = SegmentRule.allOf(c(ORDERS_LAST_12_MONTHS, GE, "5"))
            .or(SegmentRule.allOf(c(TOP_TIER, EQ, "true")));
    private static final SegmentRule AT_RISK = SegmentRule.allOf(c(ORDER_COUNT, GE, "2"),
            c(DAYS_SINCE_LAST_ORDER, GE, "60"), c(DAYS_SINCE_LAST_ORDER, LT, "180"));
    private static final SegmentRule DORMANT = SegmentRule.allOf(c(DAYS_SINCE_LAST_ORDER, GE, "180"));

    @Test
    void aCustomerWithoutOrdersIsNewAndNothingElse() {
        MemberFacts nobody = MemberFacts.of(1, TODAY);
        assertThat(NEW.matches(nobody)).isTrue();
        assertThat(REPEAT.matches(nobody)).isFalse();
        assertThat(AT_RISK.matches(nobody)).isFalse();
        assertThat(DORMANT.matches(nobody)).as("no last order: no days since it").isFalse();
    }

    @Test
    void aRepeatCustomerBecomesAtRiskThenDormantAsDaysPassWithoutAnOrder() {
        MemberFacts lastOrderedInMay = MemberFacts.of(1, TODAY).withOrders(3, new BigDecimal("90"),
                LocalDate.parse("2026-05-01"), 3);
        assertThat(REPEAT.matches(lastOrderedInMay)).isTrue();
        assertThat(AT_RISK.matches(lastOrderedInMay)).as("45 days").isFalse();

        MemberFacts sixtyDaysLater = on(lastOrderedInMay, LocalDate.parse("2026-06-30"));
        assertThat(AT_RISK.matches(sixtyDaysLater)).as("60 days").isTrue();
        assertThat(DORMANT.matches(sixtyDaysLater)).isFalse();

        MemberFacts halfAYearLater = on(lastOrderedInMay, LocalDate.parse("2026-10-28"));
        assertThat(AT_RISK.matches(halfAYearLater)).as("180 days").isFalse();
        assertThat(DORMANT.matches(halfAYearLater)).isTrue();
    }

    @Test
    void aOneOrderCustomerIsNeverAtRisk() {
        MemberFacts once = MemberFacts.of(1, TODAY).withOrders(1, BigDecimal.TEN, LocalDate.parse("2026-03-01"), 1);
        assertThat(AT_RISK.matches(once)).isFalse();
        assertThat(NEW.matches(once)).isTrue();
    }

    @Test
    void loyalIsManyOrdersInTwelveMonthsOrTheTopTier() {
        MemberFacts frequent = MemberFacts.of(1, TODAY).withOrders(9, new BigDecimal("400"), TODAY, 5);
        MemberFacts gold = MemberFacts.of(2, TODAY).withOrders(2, new BigDecimal("900"), TODAY, 2).withTier("GOLD", true);
        MemberFacts silver = gold.withTier("SILVER", false);
        assertThat(LOYAL.matches(frequent)).isTrue();
        assertThat(LOYAL.matches(gold)).isTrue();
        assertThat(LOYAL.matches(silver)).isFalse();
    }

    @Test
    void conditionsOnMoneyCategoriesTiersTagsSignUpAndBirthday() {
        MemberFacts facts = MemberFacts.of(1, TODAY).withOrders(4, new BigDecimal("101.00"), TODAY, 4)
                .withCategories(new HashSet<>(Arrays.asList(7L, 9L))).withTier("SILVER", false)
                .withTags(Collections.singleton("wholesale")).withProfile(LocalDate.parse("2026-06-01"), 6);

        assertThat(c(AVERAGE_ORDER_VALUE, EQ, "25.25").test(facts)).isTrue();
        assertThat(c(TOTAL_SPENT, GT, "100").test(facts)).isTrue();
        assertThat(c(CATEGORY, HAS, "9").test(facts)).isTrue();
        assertThat(c(CATEGORY, NOT_HAS, "8").test(facts)).isTrue();
        assertThat(c(TIER, IN, "SILVER, GOLD").test(facts)).isTrue();
        assertThat(c(TIER, NE, "GOLD").test(facts)).isTrue();
        assertThat(c(TIER, NE, "GOLD").test(MemberFacts.of(2, TODAY))).as("no tier differs from every tier").isTrue();
        assertThat(c(TAG, HAS, "wholesale").test(facts)).isTrue();
        assertThat(c(DAYS_SINCE_SIGN_UP, LT, "30").test(facts)).isTrue();
        assertThat(c(BIRTHDAY_MONTH, EQ, "CURRENT").test(facts)).isTrue();
        assertThat(c(BIRTHDAY_MONTH, IN, "1,2,3").test(facts)).isFalse();
        assertThat(c(BIRTHDAY_MONTH, EQ, "CURRENT").test(MemberFacts.of(2, TODAY))).as("no birthday given").isFalse();
    }

    @Test
    void groupsCombineWithOrAndConditionsInAGroupWithAnd() {
        SegmentRule rule = SegmentRule.allOf(c(ORDER_COUNT, GE, "2"), c(TAG, HAS, "vip"))
                .or(SegmentRule.allOf(c(TOTAL_SPENT, GE, "1000")));
        MemberFacts twoOrders = MemberFacts.of(1, TODAY).withOrders(2, BigDecimal.TEN, TODAY, 2);
        assertThat(rule.matches(twoOrders)).isFalse();
        assertThat(rule.matches(twoOrders.withTags(Collections.singleton("vip")))).isTrue();
        assertThat(rule.matches(MemberFacts.of(2, TODAY).withOrders(1, new BigDecimal("1000"), TODAY, 1))).isTrue();
        assertThat(rule.toString()).isEqualTo("(ORDER_COUNT GE 2 AND TAG HAS vip) OR (TOTAL_SPENT GE 1000)");
        assertThat(new SegmentRule(Collections.emptyList()).matches(twoOrders)).isFalse();
    }

    @Test
    void conditionsThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> c(TAG, GT, "x")).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> c(ORDER_COUNT, GE, "many")).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> c(BIRTHDAY_MONTH, EQ, "13")).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> c(TOP_TIER, EQ, "yes")).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> c(CATEGORY, HAS, "")).isInstanceOf(LoyaltyException.class);
        assertThat(c(DAYS_SINCE_LAST_ORDER, GE, "60").isTimeBased()).isTrue();
        assertThat(c(ORDER_COUNT, GE, "2").isTimeBased()).isFalse();
    }

    private static MemberFacts on(MemberFacts facts, LocalDate day) {
        return MemberFacts.of(facts.getCustomerId(), day).withOrders(facts.getOrderCount(), facts.getTotalSpent(),
                facts.getLastOrderDate(), facts.getOrdersLast12Months());
    }

    private static SegmentCondition c(SegmentField field, SegmentOperator operator, String value) {
        return new SegmentCondition(field, operator, value);
    }
}
