package io.loyaltyclub.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;

/**
 * Reads and changes the lot bookkeeping of points entries with plain statements that go straight to the
 * database. A request may hold older copies of the same entries in its persistence context (a history page
 * read earlier in the request); reading lots as values and changing them with guarded updates keeps the ledger
 * exact whatever the context holds. Callers hold the account's row lock, which covers all its lots.
 */
final class LotStore {

    private final EntityManager entityManager;

    LotStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The account's available lots that still hold points and have not expired at {@code now}. */
    List<Lot> spendable(long accountId, Instant now) {
        return lots("select e.id, e.remaining, e.expiresAt, e.availableAt from PointsEntry e where e.accountId = :accountId"
                + " and e.remaining > 0 and e.lotBucket = :available and (e.expiresAt is null or e.expiresAt > :now)",
                accountId, now, true);
    }

    /** Pending lots whose return window has ended at {@code now}, oldest first. */
    List<Lot> dueForRelease(long accountId, Instant now) {
        return lots("select e.id, e.remaining, e.expiresAt, e.availableAt from PointsEntry e where e.accountId = :accountId"
                + " and e.remaining > 0 and e.lotBucket = :pending and e.availableAt <= :now order by e.id",
                accountId, now, false);
    }

    /** Available lots past their expiry that still hold points, oldest first. */
    List<Lot> dueForExpiry(long accountId, Instant now) {
        return lots("select e.id, e.remaining, e.expiresAt, e.availableAt from PointsEntry e where e.accountId = :accountId"
                + " and e.remaining > 0 and e.lotBucket = :available and e.expiresAt <= :now order by e.id",
                accountId, now, true);
    }

    /** The inactivity periods (months) of the account's lots that still hold available points. */
    List<Integer> inactivityPeriods(long accountId) {
        return entityManager.createQuery("select distinct e.inactivityMonths from PointsEntry e where e.accountId = :accountId"
                + " and e.remaining > 0 and e.lotBucket = :available and e.inactivityMonths is not null", Integer.class)
                .setParameter("accountId", accountId)
                .setParameter("available", Bucket.AVAILABLE)
                .getResultList();
    }

    /** The account's available lots that expire after {@code months} without activity. */
    List<Lot> expiringAfterInactivity(long accountId, int months) {
        List<Object[]> rows = entityManager.createQuery("select e.id, e.remaining, e.expiresAt, e.availableAt from PointsEntry e"
                + " where e.accountId = :accountId and e.remaining > 0 and e.lotBucket = :available"
                + " and e.inactivityMonths = :months order by e.id",
                Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("available", Bucket.AVAILABLE)
                .setParameter("months", months)
                .getResultList();
        List<Lot> lots = new ArrayList<Lot>(rows.size());
        for (Object[] row : rows) {
            lots.add(new Lot((Long) row[0], (Long) row[1], instant((Date) row[2]), instant((Date) row[3])));
        }
        return lots;
    }

    /** The lot as it is in the database now: [remaining, lot bucket, expires at]. */
    Object[] state(long lotId) {
        return entityManager.createQuery("select e.remaining, e.lotBucket, e.expiresAt from PointsEntry e where e.id = :id",
                Object[].class).setParameter("id", lotId).getSingleResult();
    }

    void take(long lotId, long points) {
        int changed = entityManager.createQuery("update PointsEntry e set e.remaining = e.remaining - :points"
                + " where e.id = :id and e.remaining >= :points")
                .setParameter("points", points).setParameter("id", lotId).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("lot " + lotId + " does not hold the " + points + " points to take");
        }
    }

    void giveBack(long lotId, long points) {
        int changed = entityManager.createQuery("update PointsEntry e set e.remaining = e.remaining + :points"
                + " where e.id = :id and e.remaining is not null")
                .setParameter("points", points).setParameter("id", lotId).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("entry " + lotId + " is not a lot");
        }
    }

    /** Makes a pending lot available; {@code debtPaid} of its points go to what the member owes. */
    void release(long lotId, long debtPaid) {
        int changed = entityManager.createQuery("update PointsEntry e set e.lotBucket = :available,"
                + " e.remaining = e.remaining - :paid where e.id = :id and e.lotBucket = :pending and e.remaining >= :paid")
                .setParameter("available", Bucket.AVAILABLE).setParameter("pending", Bucket.PENDING)
                .setParameter("paid", debtPaid).setParameter("id", lotId).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("lot " + lotId + " is not pending");
        }
    }

    private List<Lot> lots(String query, long accountId, Instant now, boolean available) {
        List<Object[]> rows = entityManager.createQuery(query, Object[].class)
                .setParameter("accountId", accountId)
                .setParameter(available ? "available" : "pending", available ? Bucket.AVAILABLE : Bucket.PENDING)
                .setParameter("now", Date.from(now))
                .getResultList();
        List<Lot> lots = new ArrayList<Lot>(rows.size());
        for (Object[] row : rows) {
            lots.add(new Lot((Long) row[0], (Long) row[1], instant((Date) row[2]), instant((Date) row[3])));
        }
        return lots;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
