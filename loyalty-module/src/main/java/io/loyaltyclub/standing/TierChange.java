package io.loyaltyclub.standing;

import java.time.Instant;

/** One change of a member's tier ({@code LOY_TIER_CHANGE}): from, to, why and when. */
public final class TierChange {

    /** What changed the tier. */
    public enum Kind {
        /** A checkout reached a higher tier. */
        UPGRADE,
        /** The scheduled evaluation, or a cancellation or return, lowered the tier (or raised it). */
        EVALUATION,
        /** An admin set the tier, which stays until unlocked. */
        MANUAL,
        /** An admin unlocked the tier: it follows the figures again. */
        UNLOCK,
        /** Worked out from the shop's order history. */
        BACKFILL
    }

    private final long id;
    private final long customerId;
    private final String fromTier;
    private final String toTier;
    private final Kind kind;
    private final String reason;
    private final Long orderId;
    private final String actor;
    private final Instant at;

    public TierChange(long id, long customerId, String fromTier, String toTier, Kind kind, String reason,
            Long orderId, String actor, Instant at) {
        this.id = id;
        this.customerId = customerId;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.kind = kind;
        this.reason = reason;
        this.orderId = orderId;
        this.actor = actor;
        this.at = at;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getFromTier() {
        return fromTier;
    }

    public String getToTier() {
        return toTier;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    @Override
    public String toString() {
        return kind + " " + fromTier + " -> " + toTier + " (" + reason + ")";
    }
}
