package io.loyaltyclub.rewards.rules;

import static io.loyaltyclub.rewards.rules.RewardAvailability.BUDGET_SPENT;
import static io.loyaltyclub.rewards.rules.RewardAvailability.INSUFFICIENT_POINTS;
import static io.loyaltyclub.rewards.rules.RewardAvailability.LIMIT_REACHED;
import static io.loyaltyclub.rewards.rules.RewardAvailability.OUTSIDE_WINDOW;
import static io.loyaltyclub.rewards.rules.RewardAvailability.OUT_OF_STOCK;
import static io.loyaltyclub.rewards.rules.RewardAvailability.SEGMENT_NOT_ALLOWED;
import static io.loyaltyclub.rewards.rules.RewardAvailability.TIER_NOT_ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RewardAvailabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aRewardWithoutLimitsIsAvailableToAMemberWithEnoughPoints() {
        RewardTerms terms = terms(null, null, null, null, null, null, null);
        assertThat(RewardAvailability.forMember(terms, state(0, 0, "0", null, 500, 0), NOW)).isNull();
        assertThat(RewardAvailability.forMember(terms, state(0, 0, "0", null, 499, 0), NOW)).isEqualTo(INSUFFICIENT_POINTS);
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        RewardTerms terms = terms(NOW, NOW.plusSeconds(60), null, null, null, null, null);
        assertThat(RewardAvailability.forEveryone(terms, state(0, 0, "0", null, 500, 0), NOW)).isNull();
        assertThat(RewardAvailability.forEveryone(terms, state(0, 0, "0", null, 500, 0), NOW.minusMillis(1))).isEqualTo(OUTSIDE_WINDOW);
        assertThat(RewardAvailability.forEveryone(terms, state(0, 0, "0", null, 500, 0), NOW.plusSeconds(60))).isEqualTo(OUTSIDE_WINDOW);
    }

    @Test
    void stockLimitAndBudgetsCountWhatWasGivenBefore() {
        RewardTerms stock = terms(null, null, 3L, 2L, null, null, null);
        assertThat(RewardAvailability.forMember(stock, state(2, 0, "0", null, 500, 1), NOW)).isNull();
        assertThat(RewardAvailability.forMember(stock, state(3, 0, "0", null, 500, 0), NOW)).isEqualTo(OUT_OF_STOCK);
        assertThat(RewardAvailability.forMember(stock, state(2, 0, "0", null, 500, 2), NOW)).isEqualTo(LIMIT_REACHED);

        RewardTerms points = terms(null, null, null, null, 1500L, null, null);
        assertThat(RewardAvailability.forEveryone(points, state(0, 1000, "0", null, 0, 0), NOW)).as("1000 + 500 = 1500").isNull();
        assertThat(RewardAvailability.forEveryone(points, state(0, 1001, "0", null, 0, 0), NOW)).isEqualTo(BUDGET_SPENT);

        RewardTerms money = terms(null, null, null, null, null, new BigDecimal("25.00"), null);
        assertThat(RewardAvailability.forEveryone(money, state(0, 0, "15.00", null, 0, 0), NOW)).as("15 + 10 = 25").isNull();
        assertThat(RewardAvailability.forEveryone(money, state(0, 0, "15.01", null, 0, 0), NOW)).isEqualTo(BUDGET_SPENT);
    }

    @Test
    void tiersAndSegmentsLimitWhoMayRedeem() {
        RewardTerms gold = terms(null, null, null, null, null, null, set("GOLD", "PLATINUM"));
        assertThat(RewardAvailability.forMember(gold, state(0, 0, "0", "GOLD", 500, 0), NOW)).isNull();
        assertThat(RewardAvailability.forMember(gold, state(0, 0, "0", "SILVER", 500, 0), NOW)).isEqualTo(TIER_NOT_ALLOWED);
        assertThat(RewardAvailability.forMember(gold, state(0, 0, "0", null, 500, 0), NOW)).isEqualTo(TIER_NOT_ALLOWED);

        RewardTerms vip = new RewardTerms(500, BigDecimal.TEN, null, null, null, set("VIP", "PRESS"), null, null, null, null);
        assertThat(RewardAvailability.forMember(vip, new RewardState(0, 0, BigDecimal.ZERO, null, set("PRESS", "X"), 500, 0), NOW)).isNull();
        assertThat(RewardAvailability.forMember(vip, new RewardState(0, 0, BigDecimal.ZERO, null, set("X"), 500, 0), NOW))
                .isEqualTo(SEGMENT_NOT_ALLOWED);
    }

    @Test
    void theBudgetMonthIsTheCalendarMonthInTheProgramsTimeZone() {
        Instant lateOnTheLastDay = Instant.parse("2026-11-30T23:30:00Z");
        assertThat(RewardAvailability.period(lateOnTheLastDay, ZoneId.of("UTC"))).isEqualTo("2026-11");
        assertThat(RewardAvailability.period(lateOnTheLastDay, ZoneId.of("Asia/Tehran"))).isEqualTo("2026-12");
    }

    private static RewardTerms terms(Instant from, Instant until, Long stock, Long limit, Long pointsBudget,
            BigDecimal moneyBudget, Set<String> tiers) {
        return new RewardTerms(500, BigDecimal.TEN, from, until, tiers, null, stock, limit, pointsBudget, moneyBudget);
    }

    private static RewardState state(long redeemed, long monthPoints, String monthMoney, String tier, long points, long mine) {
        return new RewardState(redeemed, monthPoints, new BigDecimal(monthMoney), tier, Collections.<String>emptySet(), points, mine);
    }

    private static Set<String> set(String... codes) {
        return new HashSet<String>(Arrays.asList(codes));
    }
}
