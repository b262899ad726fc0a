package io.loyaltyclub.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class RefundSplitTest {

    @Test
    void aRefundFollowsTheOrdersPaymentMix() {
        // 100.00: 20.00 store credit, 30.00 in 3000 points, 50.00 by card. A quarter comes back.
        RefundSplit split = RefundSplit.of(money("100.00"), money("20.00"), money("30.00"), 3000, money("0"),
                money("25.00"), 2);
        assertThat(split.getCash()).isEqualByComparingTo("12.50");
        assertThat(split.getCredit()).isEqualByComparingTo("5.00");
        assertThat(split.getPointsValue()).isEqualByComparingTo("7.50");
        assertThat(split.getPoints()).isEqualTo(750);
    }

    @Test
    void roundingLeftOversAreSettledByLaterRefunds() {
        // 10.00: 3.33 credit, 3.33 in 333 points, 3.34 cash; refunded in three parts of 3.33, 3.33, 3.34.
        BigDecimal total = money("10.00");
        RefundSplit first = RefundSplit.of(total, money("3.33"), money("3.33"), 333, money("0"), money("3.33"), 2);
        RefundSplit second = RefundSplit.of(total, money("3.33"), money("3.33"), 333, money("3.33"), money("3.33"), 2);
        RefundSplit last = RefundSplit.of(total, money("3.33"), money("3.33"), 333, money("6.66"), money("3.34"), 2);
        assertThat(first.getCash().add(second.getCash()).add(last.getCash())).isEqualByComparingTo("3.34");
        assertThat(first.getCredit().add(second.getCredit()).add(last.getCredit())).isEqualByComparingTo("3.33");
        assertThat(first.getPoints() + second.getPoints() + last.getPoints()).isEqualTo(333);
        for (RefundSplit split : new RefundSplit[] {first, second, last}) {
            assertThat(split.getCash().add(split.getCredit()).add(split.getPointsValue())).isIn(money("3.33"), money("3.34"));
        }
    }

    @Test
    void anyRefundSequenceAddsUpToExactlyWhatWasPaid() {
        Random random = new Random(7);
        for (int order = 0; order < 2000; order++) {
            long totalCents = 1 + random.nextInt(100000);
            long creditCents = random.nextInt((int) totalCents + 1);
            long valueCents = random.nextInt((int) (totalCents - creditCents) + 1);
            long points = valueCents * (1 + random.nextInt(3));
            BigDecimal total = cents(totalCents);
            BigDecimal refunded = money("0.00");
            BigDecimal cash = money("0.00");
            BigDecimal credit = money("0.00");
            BigDecimal value = money("0.00");
            long pointsBack = 0;
            while (refunded.compareTo(total) < 0) {
                long leftCents = total.subtract(refunded).movePointRight(2).longValueExact();
                BigDecimal refund = cents(1 + (long) (random.nextDouble() * leftCents));
                RefundSplit split = RefundSplit.of(total, cents(creditCents), cents(valueCents), points, refunded, refund, 2);
                assertThat(split.getCash().signum()).isGreaterThanOrEqualTo(0);
                assertThat(split.getCredit().signum()).isGreaterThanOrEqualTo(0);
                assertThat(split.getPointsValue().signum()).isGreaterThanOrEqualTo(0);
                assertThat(split.getPoints()).isGreaterThanOrEqualTo(0);
                assertThat(split.getCash().add(split.getCredit()).add(split.getPointsValue())).isEqualByComparingTo(refund);
                cash = cash.add(split.getCash());
                credit = credit.add(split.getCredit());
                value = value.add(split.getPointsValue());
                pointsBack += split.getPoints();
                refunded = refunded.add(refund);
            }
            assertThat(credit).isEqualByComparingTo(cents(creditCents));
            assertThat(value).isEqualByComparingTo(cents(valueCents));
            assertThat(cash).isEqualByComparingTo(cents(totalCents - creditCents - valueCents));
            assertThat(pointsBack).isEqualTo(points);
        }
    }

    @Test
    void aCurrencyWithoutDecimalsSplitsInWholeUnits() {
        RefundSplit split = RefundSplit.of(new BigDecimal("1000"), new BigDecimal("333"), BigDecimal.ZERO, 0,
                BigDecimal.ZERO, new BigDecimal("500"), 0);
        assertThat(split.getCash()).isEqualByComparingTo("333");
        assertThat(split.getCredit()).isEqualByComparingTo("167");
    }

    @Test
    void aRefundBeyondWhatIsLeftOrWithTooManyDecimalsIsRefused() {
        assertThatThrownBy(() -> RefundSplit.of(money("10.00"), money("5.00"), money("0"), 0, money("8.00"), money("2.01"), 2))
                .isInstanceOf(LoyaltyException.class).extracting("code").isEqualTo("refund_exceeds_order");
        assertThatThrownBy(() -> RefundSplit.of(money("10.00"), money("5.00"), money("0"), 0, money("0"), new BigDecimal("1.005"), 2))
                .isInstanceOf(LoyaltyException.class).extracting("code").isEqualTo("invalid_amount");
        assertThatThrownBy(() -> RefundSplit.of(money("10.00"), money("5.00"), money("0"), 0, money("0"), money("-1.00"), 2))
                .isInstanceOf(LoyaltyException.class).extracting("code").isEqualTo("invalid_amount");
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
