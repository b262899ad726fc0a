package io.loyaltyclub.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointsShareTest {

    @Test
    void someUnitsGetTheirShareRoundedDownAndAllUnitsGetEverything() {
        assertThat(PointsShare.ofUnits(10, 1, 3)).isEqualTo(3);
        assertThat(PointsShare.ofUnits(10, 2, 3)).isEqualTo(6);
        assertThat(PointsShare.ofUnits(10, 3, 3)).isEqualTo(10);
        assertThat(PointsShare.ofUnits(10, 0, 3)).isZero();
        assertThat(PointsShare.ofUnits(Long.MAX_VALUE / 2, 2, 3)).isPositive();
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> PointsShare.ofUnits(10, 4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsShare.ofUnits(10, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsShare.ofUnits(10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
