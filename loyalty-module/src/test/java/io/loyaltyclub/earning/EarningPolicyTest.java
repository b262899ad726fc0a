package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class EarningPolicyTest {

    @Test
    void standardPolicyHasNoCapsAndGiftCardsDoNotEarn() {
        EarningPolicy policy = EarningPolicy.standard();

        assertThat(policy.isGiftCardsEarn()).isFalse();
        assertThat(policy.getMaxPointsPerOrder()).isEmpty();
        assertThat(policy.getMaxPointsPerCustomerPerDay()).isEmpty();
        assertThat(policy.getMaxPointsPerCustomerPerMonth()).isEmpty();
    }

    @Test
    void keepsEachSettingIndependently() {
        EarningPolicy policy = EarningPolicy.standard().withGiftCardsEarning(true).withMaxPointsPerOrder(500L)
                .withMaxPointsPerCustomerPerDay(1000L).withMaxPointsPerCustomerPerMonth(5000L);

        assertThat(policy.isGiftCardsEarn()).isTrue();
        assertThat(policy.getMaxPointsPerOrder()).hasValue(500L);
        assertThat(policy.getMaxPointsPerCustomerPerDay()).hasValue(1000L);
        assertThat(policy.getMaxPointsPerCustomerPerMonth()).hasValue(5000L);
    }

    @Test
    void removesACapGivenNull() {
        EarningPolicy policy = EarningPolicy.standard().withMaxPointsPerOrder(500L).withMaxPointsPerOrder(null);

        assertThat(policy.getMaxPointsPerOrder()).isEmpty();
    }

    @Test
    void refusesACapOfZero() {
        assertThatThrownBy(() -> EarningPolicy.standard().withMaxPointsPerCustomerPerDay(0L))
                .isInstanceOf(LoyaltyException.class)
                .extracting("code").isEqualTo("invalid_policy");
    }

    @Test
    void refusesANegativeCap() {
        assertThatThrownBy(() -> EarningPolicy.standard().withMaxPointsPerCustomerPerMonth(-5L))
                .isInstanceOf(LoyaltyException.class)
                .extracting("code").isEqualTo("invalid_policy");
    }
}
