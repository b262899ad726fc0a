package io.loyaltyclub.ledger;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

/**
 * A member's points account: the balances, kept in the same transaction as every entry that changes them
 * (only {@link PointsLedger} writes them, holding the row lock). They always equal the sums over the
 * account's entries; {@link LedgerVerification} checks that.
 */
@Entity
@Table(name = "LOY_POINTS_ACCOUNT")
public class PointsAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, unique = true)
    private Long customerId;

    /** Spendable points; negative while the member owes points (a reversal of points already spent). */
    @Column(name = "AVAILABLE", nullable = false)
    private long available;

    @Column(name = "PENDING", nullable = false)
    private long pending;

    @Column(name = "LIFETIME_EARNED", nullable = false)
    private long lifetimeEarned;

    @Column(name = "REDEEMED", nullable = false)
    private long redeemed;

    @Column(name = "EXPIRED", nullable = false)
    private long expired;

    /** Points reversals could not take back because they were already spent (policy: forfeit the rest). */
    @Column(name = "UNRECOVERED", nullable = false)
    private long unrecovered;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ACTIVITY_AT")
    private Date lastActivityAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Column(name = "ERASED", nullable = false)
    private boolean erased;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected PointsAccount() {
        // for JPA
    }

    PointsAccount(long customerId, Date createdAt) {
        this.customerId = customerId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

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

    public Date getCreatedAt() {
        return createdAt;
    }

    public boolean isErased() {
        return erased;
    }

    /**
     * Books one entry's effect on the balances; the one place where they change. The same rules, written as
     * sums over the entries, are what {@link LedgerVerification} checks.
     */
    void book(PointsEntry entry) {
        long points = entry.getPoints();
        if (entry.getType() == EntryType.RELEASE) {
            pending = Math.subtractExact(pending, points);
            available = Math.addExact(available, points);
        } else {
            addToBucket(entry.getBucket(), points);
        }
        switch (entry.getType()) {
            case EARN:
                lifetimeEarned = Math.addExact(lifetimeEarned, points);
                break;
            case REDEEM:
                redeemed = Math.subtractExact(redeemed, points);
                break;
            case EXPIRE:
                expired = Math.subtractExact(expired, points);
                break;
            case REVERSE:
                if (entry.getReversedType() == EntryType.EARN) {
                    // The whole reversed amount was never earned, whether it could be taken back or not.
                    lifetimeEarned = Math.subtractExact(lifetimeEarned, entry.getReversedPoints());
                } else if (entry.getReversedType() == EntryType.REDEEM) {
                    redeemed = Math.subtractExact(redeemed, points);
                }
                break;
            default:
                break;
        }
        unrecovered = Math.addExact(unrecovered, entry.getUnrecovered());
        if (entry.getSource() != EntrySource.SYSTEM) {
            lastActivityAt = entry.getCreatedAt();
        }
    }

    void markErased() {
        erased = true;
    }

    private void addToBucket(Bucket bucket, long points) {
        if (bucket == Bucket.PENDING) {
            pending = Math.addExact(pending, points);
        } else {
            available = Math.addExact(available, points);
        }
    }
}
