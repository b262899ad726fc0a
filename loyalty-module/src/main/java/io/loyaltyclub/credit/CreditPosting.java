package io.loyaltyclub.credit;

/**
 * The outcome of one credit-ledger call: the entry it wrote (or, for a replayed idempotency key, the entry the first
 * call wrote) and the account's balances after it.
 */
public final class CreditPosting {

    private final CreditEntry entry;
    private final CreditBalance balance;
    private final boolean replay;

    CreditPosting(CreditEntry entry, CreditBalance balance, boolean replay) {
        this.entry = entry;
        this.balance = balance;
        this.replay = replay;
    }

    public CreditEntry getEntry() {
        return entry;
    }

    public CreditBalance getBalance() {
        return balance;
    }

    /** True when the idempotency key was used before for the same change, and nothing new was written. */
    public boolean isReplay() {
        return replay;
    }
}
