package io.loyaltyclub.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.tier.TierLadder.Trigger;

class TierLadderTest {

    private static final Tier BRONZE = tier("BRONZE", "Bronze", "0");
    private static final Tier SILVER = tier("SILVER", "Silver", "500");
    private static final Tier GOLD = tier("GOLD", "Gold", "1000");

    private final TierLadder yearly = new TierLadder(TierMetric.SPEND, TierWindow.calendarYear(),
            Arrays.asList(GOLD, BRONZE, SILVER));
    private final TierLadder rolling = new TierLadder(TierMetric.SPEND, TierWindow.rollingMonths(12),
            Arrays.asList(BRONZE, SILVER, GOLD));
    private final Map<YearMonth, BigDecimal> monthly = new HashMap<>();

    @Test
    void theLadderIsSortedByThresholdAndRefusesTiesAndRepeatedCodes() {
        assertThat(yearly.getTiers()).containsExactly(BRONZE, SILVER, GOLD);
        assertThat(yearly.rank("GOLD")).isEqualTo(2);
        assertThat(yearly.rank(null)).isEqualTo(-1);
        assertThat(yearly.top()).isSameAs(GOLD);
        assertThatThrownBy(() -> new TierLadder(TierMetric.SPEND, TierWindow.calendarYear(),
                Arrays.asList(SILVER, tier("SILVER2", "Silver 2", "500.00")))).hasMessageContaining("same threshold");
        assertThatThrownBy(() -> new TierLadder(TierMetric.SPEND, TierWindow.calendarYear(),
                Arrays.asList(SILVER, tier("SILVER", "Again", "700")))).hasMessageContaining("repeats");
        assertThatThrownBy(() -> tier("bad code", "Bad", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThresholdIsReachedWhenMetExactly() {
        assertThat(yearly.reachedBy(new BigDecimal("999.99"))).isSameAs(SILVER);
        assertThat(yearly.reachedBy(new BigDecimal("1000"))).isSameAs(GOLD);
        assertThat(new TierLadder(TierMetric.ORDERS, TierWindow.calendarYear(),
                Arrays.asList(tier("REGULAR", "Regular", "3"))).reachedBy(BigDecimal.ONE)).isNull();
    }

    @Test
    void aCalendarYearsTierIsKeptThroughTheNextYearThenFollowsTheFigures() {
        spend("2025-11", "1200");
        spend("2026-03", "100");

        TierStanding march = yearly.standing(monthly, YearMonth.parse("2026-03"));
        assertThat(march.getAmountInWindow()).isEqualByComparingTo("100");
        assertThat(march.getQualified()).isSameAs(BRONZE);
        assertThat(march.getHeld()).isSameAs(GOLD);
        assertThat(march.getHeldThrough()).isEqualTo(YearMonth.parse("2026-12"));

        TierStanding nextYear = yearly.standing(monthly, YearMonth.parse("2027-01"));
        assertThat(nextYear.getHeld()).as("2026 only reached Bronze").isSameAs(BRONZE);
        assertThat(nextYear.getHeldThrough()).as("Bronze needs nothing, so 2027 reaches it").isEqualTo(YearMonth.parse("2028-12"));
    }

    @Test
    void aRollingWindowsTierIsKeptForAnotherWindowAfterTheLastMonthItWasReached() {
        spend("2025-01", "1000");

        assertThat(rolling.standing(monthly, YearMonth.parse("2025-12")).getQualified()).isSameAs(GOLD);
        TierStanding june = rolling.standing(monthly, YearMonth.parse("2026-06"));
        assertThat(june.getQualified()).as("January 2025 left the window").isSameAs(BRONZE);
        assertThat(june.getHeld()).isSameAs(GOLD);
        assertThat(june.getHeldThrough()).as("reached last with the window ending 2025-12").isEqualTo(YearMonth.parse("2026-12"));
        assertThat(rolling.standing(monthly, YearMonth.parse("2026-12")).getHeld()).isSameAs(GOLD);
        assertThat(rolling.standing(monthly, YearMonth.parse("2027-01")).getHeld()).isSameAs(BRONZE);
    }

    @Test
    void anEmptyLadderHoldsNobody() {
        TierStanding standing = TierLadder.empty().standing(monthly, YearMonth.parse("2026-01"));
        assertThat(standing.getHeld()).isNull();
        assertThat(TierLadder.empty().decide(null, false, standing, Trigger.EVALUATION)).isNull();
    }

    @Test
    void aPurchaseOnlyRaisesATierWhileReversalsAndTheEvaluationFollowTheFigures() {
        spend("2026-02", "600");
        TierStanding silver = yearly.standing(monthly, YearMonth.parse("2026-02"));

        assertThat(yearly.decide("BRONZE", false, silver, Trigger.PURCHASE)).isEqualTo("SILVER");
        assertThat(yearly.decide(null, false, silver, Trigger.PURCHASE)).isEqualTo("SILVER");
        assertThat(yearly.decide("GOLD", false, silver, Trigger.PURCHASE)).isEqualTo("GOLD");
        assertThat(yearly.decide("GOLD", false, silver, Trigger.REVERSAL)).isEqualTo("SILVER");
        assertThat(yearly.decide("GOLD", false, silver, Trigger.EVALUATION)).isEqualTo("SILVER");
        assertThat(yearly.decide("GOLD", true, silver, Trigger.EVALUATION)).as("locked by an admin").isEqualTo("GOLD");
        assertThat(yearly.decide("BRONZE", true, silver, Trigger.PURCHASE)).isEqualTo("BRONZE");
        assertThat(yearly.decide("PLATINUM", false, silver, Trigger.PURCHASE)).as("a code the ladder lost").isEqualTo("SILVER");
    }

    @Test
    void progressSaysWhatIsMissingForTheNextTierRoundedUpToTheCentAndHowLongTheTierIsKept() {
        spend("2026-05", "879.995");
        TierStanding standing = yearly.standing(monthly, YearMonth.parse("2026-05"));

        TierProgress progress = yearly.progress("SILVER", false, standing);

        assertThat(progress.getNext()).isSameAs(GOLD);
        assertThat(progress.getMissingForNext()).isEqualTo(new BigDecimal("120.01"));
        assertThat(progress.getNextBy()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(progress.describeNext()).isEqualTo("120.01 more spend for Gold by 2026-12-31");
        assertThat(progress.getMissingToKeep()).isNull();
        assertThat(progress.describeKeep()).isEqualTo("Silver is kept through 2027-12-31");
    }

    @Test
    void progressOfATierHeldByGraceSaysWhatKeepsIt() {
        spend("2025-06", "1500");
        spend("2026-02", "300");
        TierStanding standing = yearly.standing(monthly, YearMonth.parse("2026-04"));

        TierProgress progress = yearly.progress("GOLD", false, standing);

        assertThat(progress.getNext()).isNull();
        assertThat(progress.describeNext()).isNull();
        assertThat(progress.getMissingToKeep()).isEqualTo(new BigDecimal("700.00"));
        assertThat(progress.describeKeep()).isEqualTo("700.00 more spend by 2026-12-31 keep Gold after 2026-12-31");
        assertThat(yearly.progress("GOLD", true, standing).describeKeep()).isEqualTo("Gold is kept until an admin unlocks it");
    }

    @Test
    void progressOnOrdersCountsWholeOrders() {
        TierLadder orders = new TierLadder(TierMetric.ORDERS, TierWindow.rollingMonths(6),
                Arrays.asList(tier("REGULAR", "Regular", "5"), tier("FRIEND", "Friend", "1")));
        monthly.put(YearMonth.parse("2026-01"), new BigDecimal("2"));
        TierStanding standing = orders.standing(monthly, YearMonth.parse("2026-03"));

        TierProgress progress = orders.progress(standing.getHeldCode(), false, standing);

        assertThat(progress.getCurrent().getCode()).isEqualTo("FRIEND");
        assertThat(progress.describeNext()).isEqualTo("3 more orders for Regular by 2026-03-31");
        assertThat(TierMetric.ORDERS.describeMissing(BigDecimal.ONE)).isEqualTo("1 more order");
        assertThat(TierMetric.POINTS.describeMissing(new BigDecimal("250"))).isEqualTo("250 more points");
    }

    @Test
    void aMemberWithoutATierIsShownTheFirstStep() {
        TierLadder noBase = new TierLadder(TierMetric.SPEND, TierWindow.calendarYear(), Arrays.asList(SILVER, GOLD));
        spend("2026-01", "20");
        TierStanding standing = noBase.standing(monthly, YearMonth.parse("2026-01"));

        TierProgress progress = noBase.progress(null, false, standing);

        assertThat(progress.getCurrent()).isNull();
        assertThat(progress.describeNext()).isEqualTo("480.00 more spend for Silver by 2026-12-31");
        assertThat(progress.describeKeep()).isNull();
    }

    private void spend(String month, String amount) {
        monthly.put(YearMonth.parse(month), new BigDecimal(amount));
    }

    private static Tier tier(String code, String name, String threshold) {
        return new Tier(code, name, new BigDecimal(threshold), BigDecimal.ONE, BigDecimal.ZERO, false);
    }
}
