package io.loyaltyclub.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class PointsPaymentPolicyTest {

    private static final BigDecimal SAME_CURRENCY = BigDecimal.ONE;

    /** 100 points = 1.00, at least 500 points, in steps of 100, at most half of the order. */
    private final PointsPaymentPolicy policy = new PointsPaymentPolicy(true, new BigDecimal("0.01"), 500, 100,
            new BigDecimal("50"));

    @Test
    void pointsAreWorthTheirValueRoundedDown() {
        assertThat(policy.valueOf(1500, SAME_CURRENCY, 2)).isEqualByComparingTo("15.00");
        PointsPaymentPolicy odd = new PointsPaymentPolicy(true, new BigDecimal("0.003"), 0, 1, new BigDecimal("100"));
        assertThat(odd.valueOf(7, SAME_CURRENCY, 2)).isEqualByComparingTo("0.02");
        assertThat(odd.valueOf(7, SAME_CURRENCY, 0)).isEqualByComparingTo("0");
    }

    @Test
    void theMostAnOrderAcceptsIsAWholeStepWithinTheShare() {
        assertThat(policy.maxPointsFor(new BigDecimal("80.00"), SAME_CURRENCY, 2)).isEqualTo(4000);
        // Half of 80.99 is 40.495 -> 40.49 -> 4049 points -> 4000 in steps of 100.
        assertThat(policy.maxPointsFor(new BigDecimal("80.99"), SAME_CURRENCY, 2)).isEqualTo(4000);
        // Half of 9.00 is 450 points: below the minimum of 500, so none.
        assertThat(policy.maxPointsFor(new BigDecimal("9.00"), SAME_CURRENCY, 2)).isZero();
        assertThat(policy.maxPointsFor(BigDecimal.ZERO, SAME_CURRENCY, 2)).isZero();
    }

    @Test
    void anOrderInAnotherCurrencyIsConvertedToTheBase() {
        // 1 EUR = 1.10 USD (the base): half of 100.00 EUR is 55.00 USD = 5500 points.
        assertThat(policy.maxPointsFor(new BigDecimal("100.00"), new BigDecimal("1.10"), 2)).isEqualTo(5500);
        assertThat(policy.valueOf(5500, new BigDecimal("1.10"), 2)).isEqualByComparingTo("50.00");
        // JPY has no decimals: 0.01 USD a point at 0.0067 USD per yen.
        long most = policy.maxPointsFor(new BigDecimal("10000"), new BigDecimal("0.0067"), 0);
        assertThat(most).isEqualTo(3300);
        assertThat(policy.valueOf(most, new BigDecimal("0.0067"), 0)).isLessThanOrEqualTo(new BigDecimal("5000"));
    }

    @Test
    void aRequestOutsideTheRulesIsRefusedWithItsReason() {
        BigDecimal total = new BigDecimal("100.00");
        assertRefused(() -> policy.check(0, 10000, total, SAME_CURRENCY, 2), "invalid_points");
        assertRefused(() -> policy.check(-100, 10000, total, SAME_CURRENCY, 2), "invalid_points");
        assertRefused(() -> policy.check(550, 10000, total, SAME_CURRENCY, 2), "invalid_points_step");
        assertRefused(() -> policy.check(400, 10000, total, SAME_CURRENCY, 2), "below_points_minimum");
        assertRefused(() -> policy.check(3000, 2000, total, SAME_CURRENCY, 2), "insufficient_points");
        assertRefused(() -> policy.check(5100, 10000, total, SAME_CURRENCY, 2), "exceeds_points_share");
        PointsPaymentPolicy off = new PointsPaymentPolicy(false, new BigDecimal("0.01"), 0, 1, new BigDecimal("100"));
        assertRefused(() -> off.check(100, 10000, total, SAME_CURRENCY, 2), "points_payment_disabled");
        policy.check(5000, 10000, total, SAME_CURRENCY, 2);
    }

    @Test
    void aSmallerOrderCutsThePointsToItsShareAndStep() {
        assertThat(policy.limit(5000, new BigDecimal("100.00"), SAME_CURRENCY, 2)).isEqualTo(5000);
        assertThat(policy.limit(5000, new BigDecimal("61.50"), SAME_CURRENCY, 2)).isEqualTo(3000);
        assertThat(policy.limit(5000, new BigDecimal("9.99"), SAME_CURRENCY, 2)).isZero();
        assertThat(policy.limit(600, new BigDecimal("500.00"), SAME_CURRENCY, 2)).isEqualTo(600);
    }

    @Test
    void theValueOfTheMostPointsNeverExceedsTheShare() {
        for (int cents = 1; cents < 50000; cents += 37) {
            BigDecimal total = BigDecimal.valueOf(cents, 2);
            long most = policy.maxPointsFor(total, SAME_CURRENCY, 2);
            assertThat(most % 100).isZero();
            assertThat(policy.valueOf(most, SAME_CURRENCY, 2).multiply(new BigDecimal("2"))).isLessThanOrEqualTo(total);
        }
    }

    private static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(LoyaltyException.class).extracting("code").isEqualTo(code);
    }
}
