package io.loyaltyclub.ledger;

import java.time.Instant;

/**
 * A spendable amount of points as the allocation sees it: what is left of one earning, and until when it is
 * valid ({@code null}: it does not expire). Pure value, no persistence.
 */
public final class Lot {

    private final long id;
    private final long remaining;
    private final Instant expiresAt;
    private final Instant availableAt;

    public Lot(long id, long remaining, Instant expiresAt, Instant availableAt) {
        if (remaining < 0) {
            throw new IllegalArgumentException("a lot cannot hold a negative amount, lot " + id + " holds " + remaining);
        }
        this.id = id;
        this.remaining = remaining;
        this.expiresAt = expiresAt;
        this.availableAt = availableAt;
    }

    public long getId() {
        return id;
    }

    public long getRemaining() {
        return remaining;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAvailableAt() {
        return availableAt;
    }
}
