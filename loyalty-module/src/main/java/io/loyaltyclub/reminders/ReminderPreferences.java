package io.loyaltyclub.reminders;

import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

/**
 * A member's choice about reminder e-mails: none at all, or none of some kinds. An opt-out holds from the moment
 * it is made.
 */
public class ReminderPreferences {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private Clock clock = Clock.systemUTC();

    /** No reminder e-mails of any kind. */
    @Transactional("blTransactionManager")
    public void optOut(long customerId) {
        if (entityManager.find(ReminderOptOut.class, customerId) == null) {
            entityManager.persist(new ReminderOptOut(customerId, Date.from(clock.instant())));
        }
    }

    /** No reminder e-mails of this kind. */
    @Transactional("blTransactionManager")
    public void optOut(long customerId, ReminderKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("opting out of a kind of reminder needs the kind");
        }
        if (kindOptOuts(entityManager, customerId, kind).isEmpty()) {
            entityManager.persist(new ReminderKindOptOut(customerId, kind, Date.from(clock.instant())));
        }
    }

    /** Reminder e-mails of every kind again: both the opt-out of all and those of single kinds are lifted. */
    @Transactional("blTransactionManager")
    public void optIn(long customerId) {
        ReminderOptOut optOut = entityManager.find(ReminderOptOut.class, customerId);
        if (optOut != null) {
            entityManager.remove(optOut);
        }
        entityManager.createQuery("delete from ReminderKindOptOut o where o.customerId = :customer")
                .setParameter("customer", customerId).executeUpdate();
    }

    /** Reminder e-mails of this kind again (an opt-out of all reminders still holds). */
    @Transactional("blTransactionManager")
    public void optIn(long customerId, ReminderKind kind) {
        for (ReminderKindOptOut optOut : kindOptOuts(entityManager, customerId, kind)) {
            entityManager.remove(optOut);
        }
    }

    /** Whether the member opted out of all reminder e-mails. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isOptedOut(long customerId) {
        return entityManager.find(ReminderOptOut.class, customerId) != null;
    }

    /** Whether the member gets no reminder e-mails of this kind (opted out of it, or of all). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isOptedOut(long customerId, ReminderKind kind) {
        return optedOut(entityManager, customerId, kind);
    }

    /** The kinds the member opted out of one by one. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Set<ReminderKind> optedOutKinds(long customerId) {
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        kinds.addAll(entityManager.createQuery("select o.kind from ReminderKindOptOut o where o.customerId = :customer",
                ReminderKind.class).setParameter("customer", customerId).getResultList());
        return kinds;
    }

    static boolean optedOut(EntityManager entityManager, long customerId, ReminderKind kind) {
        return entityManager.find(ReminderOptOut.class, customerId) != null
                || !kindOptOuts(entityManager, customerId, kind).isEmpty();
    }

    private static List<ReminderKindOptOut> kindOptOuts(EntityManager entityManager, long customerId, ReminderKind kind) {
        return entityManager.createQuery("select o from ReminderKindOptOut o where o.customerId = :customer"
                + " and o.kind = :kind", ReminderKindOptOut.class)
                .setParameter("customer", customerId).setParameter("kind", kind).getResultList();
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
