package io.loyaltyclub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LotAllocationTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void takesTheSoonestExpiringLotFirstAndNeverExpiringLotsLast() {
        List<Lot> lots = Arrays.asList(
                new Lot(1, 100, null, T0),
                new Lot(2, 100, T0.plusSeconds(300), T0),
                new Lot(3, 100, T0.plusSeconds(100), T0));

        Map<Long, Long> taken = LotAllocation.take(250, lots);

        assertThat(taken).containsExactly(entry(3, 100), entry(2, 100), entry(1, 50));
    }

    @Test
    void amongLotsExpiringTogetherTakesTheOneAvailableFirstThenTheOldest() {
        Instant expiry = T0.plusSeconds(1000);
        List<Lot> lots = Arrays.asList(
                new Lot(7, 10, expiry, T0.plusSeconds(20)),
                new Lot(5, 10, expiry, T0.plusSeconds(10)),
                new Lot(4, 10, expiry, T0.plusSeconds(10)));

        assertThat(LotAllocation.take(25, lots)).containsExactly(entry(4, 10), entry(5, 10), entry(7, 5));
    }

    @Test
    void skipsEmptyLotsAndTakesExactlyWhatIsAsked() {
        List<Lot> lots = Arrays.asList(new Lot(1, 0, T0, T0), new Lot(2, 30, null, T0));

        assertThat(LotAllocation.take(30, lots)).containsExactly(entry(2, 30));
    }

    @Test
    void refusesToTakeMoreThanTheLotsHoldButCanTakeWhatThereIs() {
        List<Lot> lots = Arrays.asList(new Lot(1, 10, null, T0), new Lot(2, 15, T0, T0));

        assertThatThrownBy(() -> LotAllocation.take(26, lots)).hasMessageContaining("25");
        assertThat(LotAllocation.takeAtMost(26, lots)).containsExactly(entry(2, 15), entry(1, 10));
        assertThatThrownBy(() -> LotAllocation.take(0, lots)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lot(3, -1, null, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map.Entry<Long, Long> entry(long lot, long points) {
        return new java.util.AbstractMap.SimpleEntry<Long, Long>(lot, points);
    }
}
