package io.loyaltyclub.standing;

import java.util.Collection;

/** Told of tier changes, in the transaction that makes them (e.g. to keep segments or a Broadleaf offer in step). */
public interface TierListener {

    /** These members' tiers changed. */
    void tiersChanged(Collection<Long> customerIds);

    /** The merchant created, changed or removed a tier. */
    void tierSaved(TierRecord tier);
}
