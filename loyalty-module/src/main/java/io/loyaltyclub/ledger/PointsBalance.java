package io.loyaltyclub.ledger;

import java.util.Date;

/** A member's points balances at one moment. Immutable; an account that does not exist yet is all zeros. */
public final class PointsBalance {

    private final long customerId;
    private final long available;
    private final long pending;
    private final long lifetimeEarned;
    private final long redeemed;
    private final long expired;
    private final long unrecovered;
    private final Date lastActivityAt;

    public PointsBalance(long customerId, long available, long pending, long lifetimeEarned, long redeemed,
            long expired, long unrecovered, Date lastActivityAt) {
        this.customerId = customerId;
        this.available = available;
        this.pending = pending;
        this.lifetimeEarned = lifetimeEarned;
        this.redeemed = redeemed;
        this.expired = expired;
        this.unrecovered = unrecovered;
        this.lastActivityAt = lastActivityAt;
    }

    static PointsBalance of(PointsAccount account) {
        return new PointsBalance(account.getCustomerId(), account.getAvailable(), account.getPending(),
                account.getLifetimeEarned(), account.getRedeemed(), account.getExpired(), account.getUnrecovered(),
                account.getLastActivityAt());
    }

    static PointsBalance empty(long customerId) {
        return new PointsBalance(customerId, 0, 0, 0, 0, 0, 0, null);
    }

    public long getCustomerId() {
        return customerId;
    }

    /** Spendable now; negative while the member owes points. */
    public long getAvailable() {
        return available;
    }

    public long getPending() {
        return pending;
    }

    public long getLifetimeEarned() {
        return lifetimeEarned;
    }

    public long getRedeemed() {
        return redeemed;
    }

    public long getExpired() {
        return expired;
    }

    public long getUnrecovered() {
        return unrecovered;
    }

    public Date getLastActivityAt() {
        return lastActivityAt;
    }

    /** Points the member owes (a reversal of points already spent); 0 when the balance is not negative. */
    public long getDebt() {
        return available < 0 ? -available : 0;
    }

    @Override
    public String toString() {
        return "PointsBalance[customer " + customerId + ": available " + available + ", pending " + pending
                + ", earned " + lifetimeEarned + ", redeemed " + redeemed + ", expired " + expired + "]";
    }
}
