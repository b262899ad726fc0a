package io.loyaltyclub.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

/**
 * What is coming for a member's points, read from the lots the ledger keeps: when each pending amount becomes
 * spendable, and which available points expire soon, per day (UTC). Read-only; one statement per question.
 */
public class PointsOutlook {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private Clock clock = Clock.systemUTC();

    /** Points that become available on a date (or expire on it). Immutable. */
    public static final class Dated {
        private final Date on;
        private final long points;

        public Dated(Date on, long points) {
            this.on = on;
            this.points = points;
        }

        public Date getOn() {
            return on;
        }

        public long getPoints() {
            return points;
        }
    }

    /** The member's pending lots that still hold points, by the date they become available, soonest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Dated> pendingReleases(long customerId) {
        Long accountId = MemberAccounts.idOf(entityManager, PointsAccount.class, customerId);
        if (accountId == null) {
            return new ArrayList<Dated>();
        }
        return dated(entityManager.createQuery("select e.availableAt, sum(e.remaining) from PointsEntry e"
                + " where e.accountId = :account and e.remaining > 0 and e.lotBucket = :bucket"
                + " group by e.availableAt order by e.availableAt", Object[].class)
                .setParameter("account", accountId)
                .setParameter("bucket", Bucket.PENDING)
                .getResultList());
    }

    /** Available points that expire within {@code days} from now, by expiry date, soonest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Dated> expiringWithin(long customerId, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        Instant now = clock.instant();
        Long accountId = MemberAccounts.idOf(entityManager, PointsAccount.class, customerId);
        if (accountId == null) {
            return new ArrayList<Dated>();
        }
        // Only account and expiry in the WHERE clause, so that HSQLDB reads the window's lots on the (account,
        // expiry) index; the bucket and the remaining points are summed conditionally.
        return dated(entityManager.createQuery("select e.expiresAt,"
                + " sum(case when e.lotBucket = :bucket and e.remaining > 0 then e.remaining else 0 end) from PointsEntry e"
                + " where e.accountId = :account and e.expiresAt > :now and e.expiresAt <= :horizon group by e.expiresAt"
                + " having sum(case when e.lotBucket = :bucket and e.remaining > 0 then e.remaining else 0 end) > 0"
                + " order by e.expiresAt", Object[].class)
                .setParameter("account", accountId)
                .setParameter("bucket", Bucket.AVAILABLE)
                .setParameter("now", Date.from(now))
                .setParameter("horizon", Date.from(now.plus(Duration.ofDays(days))))
                .getResultList());
    }

    /** The sum of {@link Dated#getPoints()}. */
    public static long total(List<Dated> amounts) {
        long total = 0;
        for (Dated amount : amounts) {
            total += amount.getPoints();
        }
        return total;
    }

    /** Rows of (instant, points) in time order, summed per calendar day in UTC (dated by the day's first instant). */
    static List<Dated> dated(List<Object[]> rows) {
        List<Dated> amounts = new ArrayList<Dated>(rows.size());
        LocalDate lastDay = null;
        for (Object[] row : rows) {
            Date on = (Date) row[0];
            long points = ((Number) row[1]).longValue();
            LocalDate day = Instant.ofEpochMilli(on.getTime()).atZone(ZoneOffset.UTC).toLocalDate();
            if (day.equals(lastDay)) {
                Dated earlier = amounts.remove(amounts.size() - 1);
                amounts.add(new Dated(earlier.getOn(), earlier.getPoints() + points));
            } else {
                amounts.add(new Dated(on, points));
            }
            lastDay = day;
        }
        return amounts;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
