package io.loyaltyclub.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.members.AdjustmentInput.Direction;

class AdjustmentInputTest {

    private static final BigDecimal MAX_CREDIT = new BigDecimal("1000000");

    @Test
    void pointsAreWholePositiveNumbersSignedByTheDirection() {
        assertThat(AdjustmentInput.points(" 250 ", Direction.ADD, 1000)).isEqualTo(250);
        assertThat(AdjustmentInput.points("007", Direction.TAKE, 1000)).isEqualTo(-7);
        assertThat(AdjustmentInput.points("1000", Direction.ADD, 1000)).isEqualTo(1000);
        refused(() -> AdjustmentInput.points("1001", Direction.ADD, 1000), "amount_too_large");
        refused(() -> AdjustmentInput.points("1e3", Direction.ADD, 1000), "invalid_amount");
        refused(() -> AdjustmentInput.points("+5", Direction.ADD, 1000), "invalid_amount");
        refused(() -> AdjustmentInput.points("", Direction.ADD, 1000), "amount_required");
        refused(() -> AdjustmentInput.points(null, Direction.ADD, 1000), "amount_required");
        refused(() -> AdjustmentInput.points("000", Direction.ADD, 1000), "invalid_amount");
    }

    @Test
    void creditKeepsTheCurrencysScaleAndIsNeverRounded() {
        assertThat(AdjustmentInput.credit("12.5", Direction.ADD, 2, MAX_CREDIT, "USD")).isEqualTo(new BigDecimal("12.50"));
        assertThat(AdjustmentInput.credit(".75", Direction.TAKE, 2, MAX_CREDIT, "USD")).isEqualTo(new BigDecimal("-0.75"));
        assertThat(AdjustmentInput.credit("3.000", Direction.ADD, 2, MAX_CREDIT, "USD")).isEqualTo(new BigDecimal("3.00"));
        assertThat(AdjustmentInput.credit("500", Direction.ADD, 0, MAX_CREDIT, "JPY")).isEqualTo(new BigDecimal("500"));
        refused(() -> AdjustmentInput.credit("0.001", Direction.ADD, 2, MAX_CREDIT, "USD"), "invalid_scale");
        refused(() -> AdjustmentInput.credit("5.5", Direction.ADD, 0, MAX_CREDIT, "JPY"), "invalid_scale");
        refused(() -> AdjustmentInput.credit("0.00", Direction.ADD, 2, MAX_CREDIT, "USD"), "invalid_amount");
        refused(() -> AdjustmentInput.credit("1000000.01", Direction.ADD, 2, MAX_CREDIT, "USD"), "amount_too_large");
        refused(() -> AdjustmentInput.credit("12,50", Direction.ADD, 2, MAX_CREDIT, "USD"), "invalid_amount");
        refused(() -> AdjustmentInput.credit("-1", Direction.ADD, 2, MAX_CREDIT, "USD"), "invalid_amount");
    }

    @Test
    void aReasonAndADirectionAreRequired() {
        assertThat(AdjustmentInput.reason("  late parcel ")).isEqualTo("late parcel");
        refused(() -> AdjustmentInput.reason(" "), "reason_required");
        refused(() -> AdjustmentInput.reason(new String(new char[1001]).replace('\0', 'x')), "reason_too_long");
        assertThat(AdjustmentInput.direction("take")).isEqualTo(Direction.TAKE);
        refused(() -> AdjustmentInput.direction(null), "invalid_direction");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LoyaltyException.class, e -> assertThat(e.getCode()).isEqualTo(code));
    }
}
