package io.loyaltyclub.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.ledger.Bucket;
import io.loyaltyclub.ledger.PointsEntry;

/**
 * "Your points expire soon": an e-mail to each member with available points that reach their expiry date within
 * {@link #setDaysBefore(int) N days}, telling how many and when the first of them go.
 *
 * <ul>
 * <li>Checked when sending, not only when planning: points spent, taken back or expired in the meantime are not
 * mentioned, and a member with none left gets nothing.</li>
 * <li>Never twice about the same points: a marker per lot (unique by kind and lot) is written before the e-mail
 * goes out, and removed again only if handing the e-mail over failed, so the next run tries again.</li>
 * <li>At most one such e-mail per member per {@link #setPeriodDays(int) period}: points that come due later in
 * the period wait for the next one.</li>
 * <li>A member who opted out gets none, from the moment of the opt-out.</li>
 * </ul>
 * Lots that expire after a stretch of inactivity have no date to announce and are not reminded.
 */
public class ExpiringPointsReminders {

    public static final String TEMPLATE = "loyalty/pointsExpiring";
    private static final Log LOG = LogFactory.getLog(ExpiringPointsReminders.class);

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PlatformTransactionManager transactionManager;
    private ReminderMail mail;
    private Clock clock = Clock.systemUTC();
    private int daysBefore = 14;
    private int periodDays = 7;
    private String subject = "Your points expire soon";

    /** Sends what is due now; returns how many e-mails went out. */
    public int sendDue() {
        final Instant now = clock.instant();
        List<Long> members = inTransaction(() -> entityManager.createQuery("select distinct a.customerId"
                + " from PointsEntry e, PointsAccount a where e.accountId = a.id and e.remaining > 0"
                + " and e.lotBucket = :available and e.expiresAt > :now and e.expiresAt <= :horizon"
                + " and not exists (select r.id from SentReminder r where r.kind = :kind and r.subjectId = e.id)",
                Long.class)
                .setParameter("available", Bucket.AVAILABLE)
                .setParameter("now", Date.from(now))
                .setParameter("horizon", Date.from(now.plus(Duration.ofDays(daysBefore))))
                .setParameter("kind", ReminderKind.POINTS_EXPIRING)
                .getResultList());
        int sent = 0;
        for (Long member : members) {
            sent += remind(member, now) ? 1 : 0;
        }
        return sent;
    }

    private boolean remind(final long customerId, final Instant now) {
        final List<PointsEntry> lots;
        try {
            lots = inTransaction(() -> claim(customerId, now));
        } catch (RuntimeException e) {
            // Another server claimed the same lots at the same moment (the markers are unique): it sends.
            LOG.debug("Reminder for member " + customerId + " not claimed: " + e);
            return false;
        }
        if (lots.isEmpty()) {
            return false;
        }
        long points = 0;
        Date first = null;
        for (PointsEntry lot : lots) {
            points += lot.getRemaining();
            first = first == null || lot.getExpiresAt().before(first) ? lot.getExpiresAt() : first;
        }
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("points", points);
        model.put("expiresOn", first);
        model.put("daysLeft", Math.max(0, Duration.between(now, first.toInstant()).toDays()));
        try {
            mail.send(customerId, subject, TEMPLATE, model);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Reminder e-mail to member " + customerId + " failed; it is tried again on the next run", e);
            final List<Long> ids = new ArrayList<Long>();
            for (PointsEntry lot : lots) {
                ids.add(lot.getId());
            }
            inTransaction(() -> entityManager.createQuery("delete from SentReminder r where r.kind = :kind"
                    + " and r.subjectId in :lots").setParameter("kind", ReminderKind.POINTS_EXPIRING)
                    .setParameter("lots", ids).executeUpdate());
            return false;
        }
    }

    /** The lots to remind the member of now, with their markers written; none when nothing is due. */
    private List<PointsEntry> claim(long customerId, Instant now) {
        if (entityManager.find(ReminderOptOut.class, customerId) != null) {
            return new ArrayList<PointsEntry>();
        }
        Long recent = entityManager.createQuery("select count(r) from SentReminder r where r.customerId = :customer"
                + " and r.kind = :kind and r.sentAt > :since", Long.class)
                .setParameter("customer", customerId)
                .setParameter("kind", ReminderKind.POINTS_EXPIRING)
                .setParameter("since", Date.from(now.minus(Duration.ofDays(periodDays))))
                .getSingleResult();
        if (recent > 0) {
            return new ArrayList<PointsEntry>();
        }
        List<PointsEntry> lots = entityManager.createQuery("select e from PointsEntry e, PointsAccount a"
                + " where e.accountId = a.id and a.customerId = :customer and e.remaining > 0 and e.lotBucket = :available"
                + " and e.expiresAt > :now and e.expiresAt <= :horizon and not exists (select r.id from SentReminder r"
                + " where r.kind = :kind and r.subjectId = e.id) order by e.expiresAt", PointsEntry.class)
                .setParameter("customer", customerId)
                .setParameter("available", Bucket.AVAILABLE)
                .setParameter("now", Date.from(now))
                .setParameter("horizon", Date.from(now.plus(Duration.ofDays(daysBefore))))
                .setParameter("kind", ReminderKind.POINTS_EXPIRING)
                .getResultList();
        for (PointsEntry lot : lots) {
            entityManager.persist(new SentReminder(customerId, ReminderKind.POINTS_EXPIRING, lot.getId(), Date.from(now)));
        }
        entityManager.flush();
        return lots;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(status -> work.get());
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setMail(ReminderMail mail) {
        this.mail = mail;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setDaysBefore(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public void setPeriodDays(int periodDays) {
        this.periodDays = periodDays;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
