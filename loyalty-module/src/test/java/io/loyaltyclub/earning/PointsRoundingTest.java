package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class PointsRoundingTest {

    private static List<BigDecimal> decimals(String... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (String value : values) {
            list.add(new BigDecimal(value));
        }
        return list;
    }

    @Test
    void floorsOrderPointsDown() {
        assertThat(PointsRounding.floorOrderPoints(new BigDecimal("149.985"))).isEqualTo(149L);
        assertThat(PointsRounding.floorOrderPoints(new BigDecimal("0.999999"))).isZero();
        assertThat(PointsRounding.floorOrderPoints(new BigDecimal("12"))).isEqualTo(12L);
        assertThat(PointsRounding.floorOrderPoints(new BigDecimal("1E+3"))).isEqualTo(1000L);
    }

    @Test
    void floorsTheLargestLong() {
        assertThat(PointsRounding.floorOrderPoints(new BigDecimal(Long.MAX_VALUE).add(new BigDecimal("0.9"))))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void refusesPointsBeyondLong() {
        assertThatThrownBy(() -> PointsRounding.floorOrderPoints(new BigDecimal(Long.MAX_VALUE).add(BigDecimal.ONE)))
                .isInstanceOf(LoyaltyException.class)
                .extracting("code").isEqualTo("points_out_of_range");
    }

    @Test
    void refusesNegativePoints() {
        assertThatThrownBy(() -> PointsRounding.floorOrderPoints(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesExactQuotasUnchanged() {
        assertThat(PointsRounding.largestRemainder(10, decimals("3", "7"), BigDecimal.ONE)).containsExactly(3, 7);
    }

    @Test
    void givesMissingPointsToLargestRemainders() {
        // 49.995 * 3 = 149.985 -> 149: each 49 first, then two missing points to the first two (equal remainders).
        assertThat(PointsRounding.largestRemainder(149, decimals("49.995", "49.995", "49.995"), BigDecimal.ONE))
                .containsExactly(50, 50, 49);
    }

    @Test
    void prefersTheLargerRemainderOverTheEarlierShare() {
        assertThat(PointsRounding.largestRemainder(2, decimals("0.3", "0.9", "0.8"), BigDecimal.ONE))
                .containsExactly(0, 1, 1);
    }

    @Test
    void keepsEachShareWithinItsQuotaRoundedDownOrUp() {
        // 5 + 5 + 0.9 = 10.9 -> 10: the whole quotas keep their value, the 0.9 gets nothing.
        assertThat(PointsRounding.largestRemainder(10, decimals("5", "5", "0.9"), BigDecimal.ONE))
                .containsExactly(5, 5, 0);
    }

    @Test
    void handlesQuotasThatAreFractionsOfOneDenominator() {
        // Quotas 1/3 + 1/3 + 1/3 = 1: one point, to the first share.
        assertThat(PointsRounding.largestRemainder(1, decimals("1", "1", "1"), new BigDecimal("3")))
                .containsExactly(1, 0, 0);
    }

    @Test
    void neverGivesAPointToAZeroQuota() {
        assertThat(PointsRounding.largestRemainder(1, decimals("0", "0.5", "0.5"), BigDecimal.ONE))
                .containsExactly(0, 1, 0);
    }

    @Test
    void sharesNothingAmongNoQuotas() {
        assertThat(PointsRounding.largestRemainder(0, Collections.<BigDecimal>emptyList(), BigDecimal.ONE)).isEmpty();
    }

    @Test
    void refusesQuotasAddingUpToMoreThanTheTotalPlusOne() {
        assertThatThrownBy(() -> PointsRounding.largestRemainder(5, decimals("3", "3"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesQuotasAddingUpToLessThanTheTotal() {
        assertThatThrownBy(() -> PointsRounding.largestRemainder(7, decimals("3", "3"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeQuotas() {
        assertThatThrownBy(() -> PointsRounding.largestRemainder(0, decimals("1", "-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesProportionally() {
        assertThat(PointsRounding.proportionally(100, decimals("1", "1", "2"))).containsExactly(25, 25, 50);
        assertThat(PointsRounding.proportionally(10, decimals("1", "1", "1"))).containsExactly(4, 3, 3);
        assertThat(PointsRounding.proportionally(2, decimals("33.33", "33.33", "33.34"))).containsExactly(1, 0, 1);
    }

    @Test
    void sharesZeroAmongZeroWeights() {
        assertThat(PointsRounding.proportionally(0, decimals("0", "0"))).containsExactly(0, 0);
    }

    @Test
    void refusesToShareAmongZeroWeights() {
        assertThatThrownBy(() -> PointsRounding.proportionally(3, decimals("0", "0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proportionalSharesAlwaysAddUpAndStayNearTheirQuota() {
        Random random = new Random(20260301L);
        for (int round = 0; round < 2000; round++) {
            int count = 1 + random.nextInt(8);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                weights.add(random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(100000), 2));
            }
            BigDecimal weightSum = BigDecimal.ZERO;
            for (BigDecimal weight : weights) {
                weightSum = weightSum.add(weight);
            }
            long total = weightSum.signum() == 0 ? 0 : random.nextInt(100000);

            long[] shares = PointsRounding.proportionally(total, weights);

            assertThat(Arrays.stream(shares).sum()).as("weights %s total %d", weights, total).isEqualTo(total);
            for (int i = 0; i < count; i++) {
                assertThat(shares[i]).isNotNegative();
                if (total > 0) {
                    BigDecimal quota = weights.get(i).multiply(BigDecimal.valueOf(total))
                            .divide(weightSum, 10, java.math.RoundingMode.HALF_EVEN);
                    assertThat(BigDecimal.valueOf(shares[i]).subtract(quota).abs())
                            .as("share %d of %s", i, weights).isLessThan(BigDecimal.ONE);
                }
            }
        }
    }
}
