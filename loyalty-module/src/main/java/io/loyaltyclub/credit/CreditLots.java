package io.loyaltyclub.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;

import io.loyaltyclub.ledger.Bucket;
import io.loyaltyclub.ledger.Lot;

/**
 * Reads and changes the lot bookkeeping of credit entries with plain statements that go straight to the database
 * (a request may hold older copies of the entries). Lots are read as {@link Lot}s counted in minor units, so the
 * points ledger's {@link io.loyaltyclub.ledger.LotAllocation} chooses what a spend takes. Callers hold the
 * account's row lock, which covers all its lots.
 */
final class CreditLots {

    private static final String LOT = "select e.id, e.remaining, e.expiresAt, e.availableAt from CreditEntry e"
            + " where e.accountId = :accountId and e.remaining > 0 and e.lotBucket = :bucket";

    private final EntityManager entityManager;
    private final int scale;

    CreditLots(EntityManager entityManager, int scale) {
        this.entityManager = entityManager;
        this.scale = scale;
    }

    /** The account's available lots that still hold credit and have not expired at {@code now}. */
    List<Lot> spendable(long accountId, Instant now) {
        return lots(LOT + " and (e.expiresAt is null or e.expiresAt > :now)", accountId, Bucket.AVAILABLE, now);
    }

    /** Pending lots whose return window has ended at {@code now}, oldest first. */
    List<Lot> dueForRelease(long accountId, Instant now) {
        return lots(LOT + " and e.availableAt <= :now order by e.id", accountId, Bucket.PENDING, now);
    }

    /** Available lots past their expiry that still hold credit, oldest first. */
    List<Lot> dueForExpiry(long accountId, Instant now) {
        return lots(LOT + " and e.expiresAt <= :now order by e.id", accountId, Bucket.AVAILABLE, now);
    }

    /** What the lot holds now, in minor units. */
    long remaining(long lotId) {
        return CreditAmounts.units(entityManager.createQuery("select e.remaining from CreditEntry e where e.id = :id",
                BigDecimal.class).setParameter("id", lotId).getSingleResult(), scale);
    }

    Bucket bucket(long lotId) {
        return entityManager.createQuery("select e.lotBucket from CreditEntry e where e.id = :id", Bucket.class)
                .setParameter("id", lotId).getSingleResult();
    }

    Date expiresAt(long lotId) {
        return entityManager.createQuery("select e.expiresAt from CreditEntry e where e.id = :id", Date.class)
                .setParameter("id", lotId).getSingleResult();
    }

    void take(long lotId, long units) {
        BigDecimal amount = CreditAmounts.amount(units, scale);
        int changed = entityManager.createQuery("update CreditEntry e set e.remaining = e.remaining - :amount"
                + " where e.id = :id and e.remaining >= :amount")
                .setParameter("amount", amount).setParameter("id", lotId).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("lot " + lotId + " does not hold the " + amount + " to take");
        }
    }

    void giveBack(long lotId, long units) {
        int changed = entityManager.createQuery("update CreditEntry e set e.remaining = e.remaining + :amount"
                + " where e.id = :id and e.remaining is not null")
                .setParameter("amount", CreditAmounts.amount(units, scale)).setParameter("id", lotId).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("entry " + lotId + " is not a lot");
        }
    }

    void release(long lotId) {
        int changed = entityManager.createQuery("update CreditEntry e set e.lotBucket = :available"
                + " where e.id = :id and e.lotBucket = :pending")
                .setParameter("available", Bucket.AVAILABLE).setParameter("pending", Bucket.PENDING)
                .setParameter("id", lotId).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("lot " + lotId + " is not pending");
        }
    }

    private List<Lot> lots(String query, long accountId, Bucket bucket, Instant now) {
        List<Object[]> rows = entityManager.createQuery(query, Object[].class)
                .setParameter("accountId", accountId)
                .setParameter("bucket", bucket)
                .setParameter("now", Date.from(now))
                .getResultList();
        List<Lot> lots = new ArrayList<Lot>(rows.size());
        for (Object[] row : rows) {
            lots.add(new Lot((Long) row[0], CreditAmounts.units((BigDecimal) row[1], scale), instant((Date) row[2]),
                    instant((Date) row[3])));
        }
        return lots;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
