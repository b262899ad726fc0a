package io.loyaltyclub.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class CreditAmountsTest {

    @Test
    void theScaleIsTheCurrencysMinorUnit() {
        assertThat(CreditAmounts.scaleOf("USD")).isEqualTo(2);
        assertThat(CreditAmounts.scaleOf("JPY")).isZero();
        assertThat(CreditAmounts.scaleOf("KWD")).isEqualTo(3);
        refused("invalid_currency", () -> CreditAmounts.scaleOf("XXX"));
        refused("invalid_currency", () -> CreditAmounts.scaleOf("QQQ"));
        refused("invalid_currency", () -> CreditAmounts.scaleOf(null));
    }

    @Test
    void amountsAreCountedInMinorUnitsAndNeverRounded() {
        assertThat(CreditAmounts.requirePositive(new BigDecimal("12.3"), 2)).isEqualTo(1230);
        assertThat(CreditAmounts.requirePositive(new BigDecimal("500.00"), 0)).as("trailing zeros are no decimals").isEqualTo(500);
        assertThat(CreditAmounts.requirePositive(new BigDecimal("1000000"), 2)).isEqualTo(100000000);
        assertThat(CreditAmounts.amount(1230, 2)).isEqualTo(new BigDecimal("12.30"));
        assertThat(CreditAmounts.units(new BigDecimal("12.30000"), 2)).isEqualTo(1230);
        refused("invalid_amount", () -> CreditAmounts.requirePositive(new BigDecimal("0.5"), 0));
        refused("invalid_amount", () -> CreditAmounts.requirePositive(new BigDecimal("1.005"), 2));
        refused("invalid_amount", () -> CreditAmounts.requirePositive(new BigDecimal("1000000.01"), 2));
        refused("invalid_amount", () -> CreditAmounts.requirePositive(BigDecimal.ZERO, 2));
        refused("invalid_amount", () -> CreditAmounts.requirePositive(null, 2));
    }

    private static void refused(String code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(LoyaltyException.class)
                .satisfies(e -> assertThat(((LoyaltyException) e).getCode()).isEqualTo(code));
    }
}
