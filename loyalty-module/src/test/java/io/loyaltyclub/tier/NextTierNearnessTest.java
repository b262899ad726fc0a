package io.loyaltyclub.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class NextTierNearnessTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final Tier SILVER = tier("SILVER", "0");
    private static final Tier GOLD = tier("GOLD", "1000");
    private final TierLadder spend = new TierLadder(TierMetric.SPEND, TierWindow.calendarYear(), Arrays.asList(SILVER, GOLD));

    @Test
    void eightyPercentOfTheNextThresholdIsClose() {
        NextTierNearness nearness = new NextTierNearness(80, BigDecimal.ZERO);
        assertThat(nearness.isClose(progress("800.00"))).isTrue();
        assertThat(nearness.isClose(progress("799.99"))).as("79.999 % is rounded down").isFalse();
        assertThat(NextTierNearness.percentReached(progress("799.99"))).isEqualTo(79);
        assertThat(nearness.isClose(progress("999.99"))).isTrue();
    }

    @Test
    void whatIsStillMissingCanBeTheCriterionInstead() {
        NextTierNearness nearness = new NextTierNearness(0, new BigDecimal("50"));
        assertThat(nearness.isClose(progress("950.00"))).isTrue();
        assertThat(nearness.isClose(progress("949.99"))).isFalse();
        assertThat(new NextTierNearness(90, new BigDecimal("150")).isClose(progress("850"))).as("either criterion")
                .isTrue();
    }

    @Test
    void neverAtTheTopWhenTheNextIsReachedOrTheTierIsLocked() {
        NextTierNearness nearness = new NextTierNearness(50, new BigDecimal("500"));
        TierStanding gold = spend.standing(Collections.singletonMap(MONTH, new BigDecimal("1000")), MONTH);
        assertThat(nearness.isClose(spend.progress("GOLD", false, gold))).as("at the top").isFalse();
        assertThat(nearness.isClose(spend.progress("SILVER", false, gold))).as("reached, the upgrade is due").isFalse();
        TierStanding close = spend.standing(Collections.singletonMap(MONTH, new BigDecimal("900")), MONTH);
        assertThat(nearness.isClose(spend.progress("SILVER", true, close))).as("locked by an admin").isFalse();
        assertThat(nearness.isClose(null)).isFalse();
        assertThat(new NextTierNearness(0, BigDecimal.ZERO).isClose(progress("999"))).as("both off").isFalse();
    }

    @Test
    void ordersAreCountedInWholeUnits() {
        TierLadder orders = new TierLadder(TierMetric.ORDERS, TierWindow.rollingMonths(3),
                Arrays.asList(tier("REGULAR", "5")));
        TierStanding four = orders.standing(Collections.singletonMap(MONTH, new BigDecimal("4")), MONTH);
        TierProgress progress = orders.progress(null, false, four);
        assertThat(new NextTierNearness(0, BigDecimal.ONE).isClose(progress)).isTrue();
        assertThat(NextTierNearness.percentReached(progress)).isEqualTo(80);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new NextTierNearness(100, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NextTierNearness(-1, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NextTierNearness(80, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NextTierNearness(80, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private TierProgress progress(String amount) {
        return spend.progress("SILVER", false, spend.standing(Collections.singletonMap(MONTH, new BigDecimal(amount)), MONTH));
    }

    private static Tier tier(String code, String threshold) {
        return new Tier(code, code, new BigDecimal(threshold), BigDecimal.ONE, BigDecimal.ZERO, false);
    }
}
