package io.loyaltyclub.codes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed code attempts per shopper (a customer, a browser session): at most {@code maxFailures} within
 * a sliding {@code window}. Past the limit every attempt is refused, valid code or not, until the oldest
 * failure of the window has aged out; refused attempts are not counted again, so the wait never grows.
 *
 * <p>Kept in the memory of one shop server: with several servers behind a balancer without sticky sessions, a
 * guesser gets the limit once per server, still far too few tries for codes of 40 bits and more.</p>
 */
public final class GuessingGuard {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<String, Deque<Instant>>();

    public GuessingGuard(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("at least one failure in a positive window, was " + maxFailures + " in " + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether an attempt by any of these shoppers (null keys are ignored) may be tried now. */
    public boolean allows(String... shopperKeys) {
        Instant now = clock.instant();
        for (String key : shopperKeys) {
            if (key != null && recent(key, now) >= maxFailures) {
                return false;
            }
        }
        return true;
    }

    /** Counts a failed attempt against every given shopper. */
    public void failed(String... shopperKeys) {
        Instant now = clock.instant();
        for (String key : shopperKeys) {
            if (key == null) {
                continue;
            }
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<Instant>());
            synchronized (times) {
                times.addLast(now);
            }
            recent(key, now);
        }
        if (failures.size() > 100000) {
            forgetOld(now);
        }
    }

    /** When the shopper may try again; now when they may already. */
    public Instant retryAt(String shopperKey) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.get(shopperKey);
        if (times == null || recent(shopperKey, now) < maxFailures) {
            return now;
        }
        synchronized (times) {
            Instant[] ordered = times.toArray(new Instant[0]);
            return ordered[ordered.length - maxFailures].plus(window);
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant oldest = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void forgetOld(Instant now) {
        Iterator<String> keys = failures.keySet().iterator();
        while (keys.hasNext()) {
            String key = keys.next();
            if (recent(key, now) == 0) {
                keys.remove();
            }
        }
    }

    public int getMaxFailures() {
        return maxFailures;
    }

    public Duration getWindow() {
        return window;
    }
}
