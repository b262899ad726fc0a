package io.loyaltyclub.standing;

/** Told of tier changes, in the transaction that makes them (e.g. to keep a Broadleaf offer in step). */
public interface TierListener {

    /** A member's tier changed ({@code null} for none). */
    void tierChanged(long customerId, String fromTier, String toTier);

    /** The merchant created or changed a tier. */
    void tierSaved(TierRecord tier);
}
