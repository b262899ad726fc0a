package io.loyaltyclub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void waitsDoubleFromThirtySecondsUpToAnHourAndGiveUpAfterTwelveTries() {
        RetrySchedule schedule = RetrySchedule.standard();
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(schedule.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.givesUpAfter(11)).isFalse();
        assertThat(schedule.givesUpAfter(12)).isTrue();
    }

    @Test
    void aScheduleThatCannotWorkIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
