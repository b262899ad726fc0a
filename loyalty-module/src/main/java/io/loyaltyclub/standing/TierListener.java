package io.loyaltyclub.standing;

import java.util.Collection;

/** Told of tier changes, in the transaction that makes them (e.g. to keep segments or a Broadleaf offer in step). */
public interface TierListener {

    /** These members' tiers changed. */
    void tiersChanged(Collection<Long> customerIds);

    /** The merchant created, changed or removed a tier. */
    void tierSaved(TierRecord tier);

    /**
     * Brings what the listener keeps in line with every member's tier, a chunk at a time (the nightly job, e.g.
     * after a backfill run outside the shop); returns how many members it touched.
     */
    default int catchUp(int chunkSize) {
        return 0;
    }
}
