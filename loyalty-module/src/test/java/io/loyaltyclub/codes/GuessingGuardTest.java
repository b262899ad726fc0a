package io.loyaltyclub.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class GuessingGuardTest {

    private final MovableClock clock = new MovableClock();
    private final GuessingGuard guard = new GuessingGuard(3, Duration.ofMinutes(10), clock);

    @Test
    void theLimitHoldsUntilTheOldestFailureLeavesTheWindow() {
        guard.failed("customer:1");
        clock.move(Duration.ofMinutes(2));
        guard.failed("customer:1");
        guard.failed("customer:1");
        assertThat(guard.allows("customer:1")).isFalse();
        assertThat(guard.retryAt("customer:1")).isEqualTo(clock.start.plus(Duration.ofMinutes(10)));

        clock.move(Duration.ofMinutes(7));
        assertThat(guard.allows("customer:1")).as("9 minutes after the first failure").isFalse();
        clock.move(Duration.ofMinutes(1));
        assertThat(guard.allows("customer:1")).as("the first failure has left the window").isTrue();
        guard.failed("customer:1");
        assertThat(guard.allows("customer:1")).isFalse();
    }

    @Test
    void customersAndSessionsCountApartAndEitherOneBlocks() {
        guard.failed("customer:1", "session:a");
        guard.failed("customer:1", "session:a");
        guard.failed("customer:1", null);
        assertThat(guard.allows("customer:2", "session:a")).isTrue();
        assertThat(guard.allows("customer:2", "session:b")).isTrue();
        assertThat(guard.allows("customer:1", "session:b")).isFalse();
        guard.failed("customer:2", "session:a");
        assertThat(guard.allows("customer:3", "session:a")).as("the session reached the limit").isFalse();
    }

    @Test
    void refusedAttemptsAreNotCountedSoTheWaitDoesNotGrow() {
        for (int i = 0; i < 3; i++) {
            guard.failed("s");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(guard.allows("s")).isFalse();
        }
        clock.move(Duration.ofMinutes(10));
        assertThat(guard.allows("s")).isTrue();
    }

    private static final class MovableClock extends Clock {
        final Instant start = Instant.parse("2026-03-01T10:00:00Z");
        private Instant now = start;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
