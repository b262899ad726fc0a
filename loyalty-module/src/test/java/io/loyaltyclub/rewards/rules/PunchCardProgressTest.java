package io.loyaltyclub.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.rewards.rules.PunchCardProgress.PunchLine;

class PunchCardProgressTest {

    @Test
    void everyFifthPurchaseCompletesACard() {
        assertThat(PunchCardProgress.of(5, false, Arrays.asList(1, 1, 1)).toString()).isEqualTo("3 of 5");
        PunchCardProgress five = PunchCardProgress.of(5, false, Arrays.asList(1, 1, 1, 1, 1));
        assertThat(five.getCompleted()).isEqualTo(1);
        assertThat(five.getOnCard()).isZero();
        PunchCardProgress twelve = PunchCardProgress.of(5, false, Collections.nCopies(12, 1));
        assertThat(twelve.getCompleted()).isEqualTo(2);
        assertThat(twelve.getOnCard()).isEqualTo(2);
    }

    @Test
    void punchesPastTheCardsLastAreCarriedOverOrDropped() {
        // A card of 5 punches per unit: 3 units, then 4 units, then 5 units.
        PunchCardProgress carried = PunchCardProgress.of(5, true, Arrays.asList(3, 4, 5));
        assertThat(carried.getCompleted()).as("12 punches").isEqualTo(2);
        assertThat(carried.getOnCard()).isEqualTo(2);
        PunchCardProgress reset = PunchCardProgress.of(5, false, Arrays.asList(3, 4, 5));
        assertThat(reset.getCompleted()).as("3+4 completes (2 dropped), then 5 completes").isEqualTo(2);
        assertThat(reset.getOnCard()).isZero();
        assertThat(PunchCardProgress.of(5, true, Arrays.asList(11)).getCompleted()).isEqualTo(2);
        assertThat(PunchCardProgress.of(5, false, Arrays.asList(11)).getCompleted()).as("one completion per purchase").isEqualTo(1);
    }

    @Test
    void aCancelledPurchaseTakesItsPunchBackBecauseProgressIsWorkedOutFromThePurchasesThatStand() {
        assertThat(PunchCardProgress.of(3, false, Arrays.asList(1, 1, 1)).getCompleted()).isEqualTo(1);
        assertThat(PunchCardProgress.of(3, false, Arrays.asList(1, 1)).toString()).isEqualTo("2 of 3");
    }

    @Test
    void aPurchasePunchesWhenItsLinesInTheCategoryReachTheMinimum() {
        PunchLine coffee = new PunchLine(2, new BigDecimal("7.00"), new HashSet<Long>(Arrays.asList(10L)));
        PunchLine cake = new PunchLine(1, new BigDecimal("4.00"), new HashSet<Long>(Arrays.asList(20L)));
        assertThat(PunchCardProgress.punches(Arrays.asList(coffee, cake), null, null, false)).isEqualTo(1);
        assertThat(PunchCardProgress.punches(Arrays.asList(coffee, cake), null, null, true)).isEqualTo(3);
        assertThat(PunchCardProgress.punches(Arrays.asList(coffee, cake), 10L, null, true)).isEqualTo(2);
        assertThat(PunchCardProgress.punches(Arrays.asList(cake), 10L, null, false)).as("no coffee").isZero();
        assertThat(PunchCardProgress.punches(Arrays.asList(coffee, cake), 10L, new BigDecimal("7.00"), false)).isEqualTo(1);
        assertThat(PunchCardProgress.punches(Arrays.asList(coffee, cake), 10L, new BigDecimal("7.01"), false))
                .as("the cake does not count towards the coffee minimum").isZero();
        assertThat(PunchCardProgress.punches(Arrays.asList(coffee, cake), null, new BigDecimal("11.00"), false)).isEqualTo(1);
    }
}
