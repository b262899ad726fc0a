package io.loyaltyclub.storefront.api;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code maxRequests} redeem requests per customer in a fixed window of {@code windowSeconds}, counted in
 * this server's memory (each server of a cluster counts its own). Every request counts, replays included.
 */
public class RedeemRateLimit {

    private final Map<Long, Window> windows = new ConcurrentHashMap<Long, Window>();
    private int maxRequests = 10;
    private int windowSeconds = 60;
    private Clock clock = Clock.systemUTC();

    /** Counts one request; answers 0 when it may go on, else the seconds until the customer's window ends. */
    public long acquire(long customerId) {
        long now = clock.millis();
        long windowMillis = windowSeconds * 1000L;
        if (windows.size() > 10000) {
            forgetEnded(now, windowMillis);
        }
        Window window = windows.compute(customerId,
                (id, current) -> current == null || now - current.start >= windowMillis ? new Window(now) : current);
        synchronized (window) {
            if (window.count < maxRequests) {
                window.count++;
                return 0;
            }
        }
        return Math.max(1, (window.start + windowMillis - now + 999) / 1000);
    }

    private void forgetEnded(long now, long windowMillis) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext();) {
            if (now - it.next().start >= windowMillis) {
                it.remove();
            }
        }
    }

    public int getMaxRequests() {
        return maxRequests;
    }

    public void setMaxRequests(int maxRequests) {
        this.maxRequests = maxRequests;
    }

    public int getWindowSeconds() {
        return windowSeconds;
    }

    public void setWindowSeconds(int windowSeconds) {
        this.windowSeconds = windowSeconds;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    private static final class Window {
        final long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }
}
