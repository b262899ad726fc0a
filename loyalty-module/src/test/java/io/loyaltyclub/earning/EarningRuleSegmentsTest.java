package io.loyaltyclub.earning;

import static io.loyaltyclub.earning.TestOrders.RETURNING;
import static io.loyaltyclub.earning.TestOrders.dec;
import static io.loyaltyclub.earning.TestOrders.line;
import static io.loyaltyclub.earning.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

/** A rule that names segments takes part only for members of one of them, whatever its type. */
class EarningRuleSegmentsTest {

    private final EarningEngine engine = new EarningEngine();
    private final EarningRule base = EarningRule.baseRate(1, "Standard", dec("1"));
    private final EarningRule atRiskDouble = EarningRule.campaign(2, "Come back", dec("2"), null, null).toBuilder()
            .segmentCodes(Arrays.asList("at-risk", "dormant")).build();
    private final EarningRule loyalBonus = EarningRule.builder(3, EarningRuleType.FIRST_ORDER_BONUS, "never").bonusPoints(1)
            .build().toBuilder().segmentCodes(Collections.singleton("loyal")).build();

    @Test
    void aRuleForSegmentsAppliesToTheirMembersOnly() {
        assertThat(points(RETURNING)).isEqualTo(10);
        assertThat(points(RETURNING.withSegments(Arrays.asList("repeat", "at-risk")))).isEqualTo(20);
        assertThat(points(RETURNING.withSegments(Collections.singleton("repeat")))).isEqualTo(10);
        assertThat(atRiskDouble.isFor(RETURNING.withSegments(Collections.singleton("dormant")))).isTrue();
        assertThat(base.isFor(RETURNING)).as("a rule naming no segment is for everybody").isTrue();
    }

    @Test
    void segmentsKeepWhenTheHistoryChangesOtherwiseAndBlankCodesAreRefused() {
        CustomerHistory history = RETURNING.withSegments(Collections.singleton("loyal")).withTier("GOLD")
                .withPointsEarned(1, 2).withEarlierOrders(3, 1, 2L);
        assertThat(history.getSegmentCodes()).containsExactly("loyal");
        assertThat(loyalBonus.getSegmentCodes()).containsExactly("loyal");
        assertThatThrownBy(() -> base.toBuilder().segmentCodes(Collections.singleton(" ")).build())
                .isInstanceOf(LoyaltyException.class);
    }

    private long points(CustomerHistory history) {
        return engine.evaluate(order(line(1, "10")).history(history).build(), Arrays.asList(base, atRiskDouble),
                EarningPolicy.standard()).getTotalPoints();
    }
}
