package io.loyaltyclub.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The machinery every kind of reminder e-mail shares; a kind says only who may have one due
 * ({@link #candidates}) and what is due for one member at this moment ({@link #due}).
 *
 * <ul>
 * <li>Checked when sending, not only when planning: {@link #due} runs in the transaction that writes the markers,
 * so what was used, spent, reached or has expired meanwhile is not mentioned.</li>
 * <li>Never twice about the same subject: a marker per subject (unique by kind, subject id and key) is written
 * before the e-mail goes out, and removed again only if handing the e-mail over failed, so the next run tries
 * again. Two servers claiming the same subject at once: the unique marker lets one of them send.</li>
 * <li>At most one e-mail of the kind per member per {@link #setPeriodDays(int) period}.</li>
 * <li>A member who opted out of the kind, or of all reminders, gets none, from the moment of the opt-out.</li>
 * </ul>
 */
public abstract class MemberReminders {

    private static final Log LOG = LogFactory.getLog(MemberReminders.class);

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private final ReminderKind kind;
    private PlatformTransactionManager transactionManager;
    private ReminderMail mail;
    private Clock clock = Clock.systemUTC();
    private int periodDays = 7;
    private String subject;
    private String template;

    protected MemberReminders(ReminderKind kind, String template, String subject) {
        this.kind = kind;
        this.template = template;
        this.subject = subject;
    }

    /** The members who may have a reminder of this kind due now (read in a transaction; checked again on sending). */
    protected abstract List<Long> candidates(Instant now);

    /** The reminder due for the member now, or {@code null}; runs in the transaction that writes its markers. */
    protected abstract Reminder due(long customerId, Instant now);

    /** Sends what is due now; returns how many e-mails went out. */
    public int sendDue() {
        final Instant now = clock.instant();
        List<Long> members = new ArrayList<Long>(new LinkedHashSet<Long>(inTransaction(() -> candidates(now))));
        int sent = 0;
        for (Long member : members) {
            sent += remind(member, now) ? 1 : 0;
        }
        return sent;
    }

    private boolean remind(final long customerId, final Instant now) {
        final Claim claim;
        try {
            claim = inTransaction(() -> claim(customerId, now));
        } catch (RuntimeException e) {
            // Another server claimed the same subject at the same moment (the markers are unique): it sends.
            LOG.debug(kind + " reminder for member " + customerId + " not claimed: " + e);
            return false;
        }
        if (claim == null) {
            return false;
        }
        try {
            mail.send(customerId, subject, template, claim.reminder.getModel());
            return true;
        } catch (RuntimeException e) {
            LOG.warn(kind + " reminder e-mail to member " + customerId + " failed; it is tried again on the next run", e);
            inTransaction(() -> entityManager.createQuery("delete from SentReminder r where r.id in :markers")
                    .setParameter("markers", claim.markers).executeUpdate());
            return false;
        }
    }

    /** The reminder due for the member now with its markers written; {@code null} when nothing is due. */
    private Claim claim(long customerId, Instant now) {
        if (ReminderPreferences.optedOut(entityManager, customerId, kind)) {
            return null;
        }
        Long recent = entityManager.createQuery("select count(r) from SentReminder r where r.customerId = :customer"
                + " and r.kind = :kind and r.sentAt > :since", Long.class)
                .setParameter("customer", customerId)
                .setParameter("kind", kind)
                .setParameter("since", Date.from(now.minus(Duration.ofDays(periodDays))))
                .getSingleResult();
        if (recent > 0) {
            return null;
        }
        Reminder reminder = due(customerId, now);
        if (reminder == null || reminder.getSubjects().isEmpty()) {
            return null;
        }
        List<SentReminder> markers = new ArrayList<SentReminder>();
        for (Reminder.Subject about : reminder.getSubjects()) {
            SentReminder marker = new SentReminder(customerId, kind, about.getId(), about.getKey(), Date.from(now));
            entityManager.persist(marker);
            markers.add(marker);
        }
        entityManager.flush();
        List<Long> ids = new ArrayList<Long>();
        for (SentReminder marker : markers) {
            ids.add(marker.getId());
        }
        return new Claim(reminder, ids);
    }

    /** Whether a marker of this kind exists for the subject. */
    protected boolean reminded(long subjectId, String key) {
        return !entityManager.createQuery("select r.id from SentReminder r where r.kind = :kind"
                + " and r.subjectId = :subject and r.subjectKey = :key", Long.class)
                .setParameter("kind", kind).setParameter("subject", subjectId).setParameter("key", key)
                .setMaxResults(1).getResultList().isEmpty();
    }

    protected EntityManager entityManager() {
        return entityManager;
    }

    protected ReminderKind kind() {
        return kind;
    }

    private <T> T inTransaction(Supplier<T> work) {
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(status -> work.get());
    }

    private static final class Claim {

        final Reminder reminder;
        final List<Long> markers;

        Claim(Reminder reminder, List<Long> markers) {
            this.reminder = reminder;
            this.markers = markers;
        }
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

    public void setPeriodDays(int periodDays) {
        if (periodDays < 0) {
            throw new IllegalArgumentException("a reminder period is 0 or more days, not " + periodDays);
        }
        this.periodDays = periodDays;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** The e-mail template (under the shop's e-mail template prefix), e.g. to use the shop's own instead. */
    public void setTemplate(String template) {
        this.template = template;
    }
}
