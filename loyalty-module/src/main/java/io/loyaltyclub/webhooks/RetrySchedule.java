package io.loyaltyclub.webhooks;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after 30 s, then twice as long each time (1 min, 2 min, 4 min, ...),
 * never more than an hour apart; after {@link #maxAttempts} attempts it is parked as failed.
 */
public final class RetrySchedule {

    private final Duration first;
    private final Duration longest;
    private final int maxAttempts;

    public RetrySchedule(Duration first, Duration longest, int maxAttempts) {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("first " + first + ", longest " + longest + ", attempts " + maxAttempts);
        }
        this.first = first;
        this.longest = longest;
        this.maxAttempts = maxAttempts;
    }

    public static RetrySchedule standard() {
        return new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 12);
    }

    /** The wait before the next attempt, after {@code attemptsSoFar} failed ones (1 or more). */
    public Duration delayAfter(int attemptsSoFar) {
        Duration delay = first;
        for (int i = 1; i < attemptsSoFar && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** Whether a delivery that failed {@code attemptsSoFar} times is given up. */
    public boolean givesUpAfter(int attemptsSoFar) {
        return attemptsSoFar >= maxAttempts;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }
}
