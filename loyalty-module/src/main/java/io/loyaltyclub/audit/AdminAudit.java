package io.loyaltyclub.audit;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of what admins changed in the club ({@code LOY_ADMIN_AUDIT}): who, when, which entity, the action, and
 * the entity's fields before and after (as JSON, see {@link AuditJson}). Append-only: there is no way to change or
 * remove an entry. Called by the admin screens after a change is saved; joins the caller's transaction when there is
 * one, so a change and its entry commit together.
 */
public class AdminAudit {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DEACTIVATE = "deactivate";
    public static final String DELETE = "delete";

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private Clock clock = Clock.systemUTC();

    /**
     * Records one change. {@code before} is {@code null} for a creation, {@code after} for a removal.
     *
     * @throws IllegalArgumentException when the admin, the entity type or the action is missing
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.REQUIRED)
    public AuditEntry record(String admin, String entityType, String entityId, String action, String before,
            String after) {
        requireText(admin, "admin");
        requireText(entityType, "entityType");
        requireText(action, "action");
        AuditEntry entry = new AuditEntry(cut(admin, 255), cut(entityType, 64), entityId == null ? null : cut(entityId, 64),
                cut(action, 32), cut(before, AuditEntry.MAX_TEXT), cut(after, AuditEntry.MAX_TEXT),
                Date.from(clock.instant()));
        entityManager.persist(entry);
        return entry;
    }

    /** One page of the log, newest first ({@code page} counts from 0). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AuditEntry> page(int page, int pageSize) {
        if (page < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page from 0, page size 1 to 500");
        }
        return entityManager.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
                .setFirstResult(page * pageSize).setMaxResults(pageSize).getResultList();
    }

    /** The entries about one entity, newest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AuditEntry> history(String entityType, String entityId) {
        return entityManager.createQuery("select e from AuditEntry e where e.entityType = :type and e.entityId = :id"
                + " order by e.id desc", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public long count() {
        return entityManager.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "\u2026";
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
