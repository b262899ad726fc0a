package io.loyaltyclub.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RewardStatusTest {

    @Test
    void aGiftMovesFromRequestedToShippedToDeliveredOrIsCancelledBeforeDelivery() {
        assertThat(RewardStatus.TO_FULFIL.mayMoveTo(RewardStatus.SHIPPED)).isTrue();
        assertThat(RewardStatus.TO_FULFIL.mayMoveTo(RewardStatus.DELIVERED)).isTrue();
        assertThat(RewardStatus.TO_FULFIL.mayMoveTo(RewardStatus.CANCELLED)).isTrue();
        assertThat(RewardStatus.SHIPPED.mayMoveTo(RewardStatus.DELIVERED)).isTrue();
        assertThat(RewardStatus.SHIPPED.mayMoveTo(RewardStatus.CANCELLED)).isTrue();

        assertThat(RewardStatus.SHIPPED.mayMoveTo(RewardStatus.TO_FULFIL)).isFalse();
        assertThat(RewardStatus.DELIVERED.mayMoveTo(RewardStatus.CANCELLED)).isFalse();
        assertThat(RewardStatus.CANCELLED.mayMoveTo(RewardStatus.SHIPPED)).isFalse();
        assertThat(RewardStatus.ISSUED.mayMoveTo(RewardStatus.SHIPPED)).isFalse();
        assertThat(RewardStatus.TO_FULFIL.mayMoveTo(RewardStatus.REVERSED)).isFalse();
    }

    @Test
    void onlyGivenBackRedemptionsNoLongerStand() {
        assertThat(RewardStatus.CANCELLED.stands()).isFalse();
        assertThat(RewardStatus.REVERSED.stands()).isFalse();
        assertThat(RewardStatus.ISSUED.stands()).isTrue();
        assertThat(RewardStatus.DELIVERED.stands()).isTrue();
    }
}
