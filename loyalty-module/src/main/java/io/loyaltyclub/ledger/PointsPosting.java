package io.loyaltyclub.ledger;

/**
 * The outcome of one ledger call: the entry it wrote (or, for a replayed idempotency key, the entry the first
 * call wrote) and the account's balances after it.
 */
public final class PointsPosting {

    private final PointsEntry entry;
    private final PointsBalance balance;
    private final boolean replayed;

    PointsPosting(PointsEntry entry, PointsBalance balance, boolean replayed) {
        this.entry = entry;
        this.balance = balance;
        this.replayed = replayed;
    }

    public PointsEntry getEntry() {
        return entry;
    }

    public PointsBalance getBalance() {
        return balance;
    }

    /** True when the idempotency key was used before and nothing new was written. */
    public boolean isReplayed() {
        return replayed;
    }
}
