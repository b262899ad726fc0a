package io.loyaltyclub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

class PointsOutlookTest {

    private static Object[] row(String at, long points) {
        return new Object[] {Date.from(Instant.parse(at)), points};
    }

    @Test
    void lotsOfOneDayAreOneAmount() {
        List<PointsOutlook.Dated> amounts = PointsOutlook.dated(Arrays.asList(
                row("2026-12-19T08:00:00Z", 22), row("2026-12-19T09:30:00Z", 64), row("2026-12-19T23:59:59Z", 33),
                row("2026-12-20T00:00:00Z", 5)));
        assertThat(amounts).extracting(PointsOutlook.Dated::getPoints).containsExactly(119L, 5L);
        assertThat(amounts.get(0).getOn()).isEqualTo(Date.from(Instant.parse("2026-12-19T08:00:00Z")));
        assertThat(PointsOutlook.total(amounts)).isEqualTo(124);
        assertThat(PointsOutlook.dated(Arrays.<Object[]>asList())).isEmpty();
    }

    @Test
    void aHorizonIsAtLeastADay() {
        assertThatThrownBy(() -> new PointsOutlook().expiringWithin(1L, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
