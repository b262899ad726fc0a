package io.loyaltyclub.reminders;

import java.time.Clock;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

/** A member's choice about reminder e-mails; an opt-out holds from the moment it is made. */
public class ReminderPreferences {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private Clock clock = Clock.systemUTC();

    @Transactional("blTransactionManager")
    public void optOut(long customerId) {
        if (entityManager.find(ReminderOptOut.class, customerId) == null) {
            entityManager.persist(new ReminderOptOut(customerId, Date.from(clock.instant())));
        }
    }

    @Transactional("blTransactionManager")
    public void optIn(long customerId) {
        ReminderOptOut optOut = entityManager.find(ReminderOptOut.class, customerId);
        if (optOut != null) {
            entityManager.remove(optOut);
        }
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isOptedOut(long customerId) {
        return entityManager.find(ReminderOptOut.class, customerId) != null;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
