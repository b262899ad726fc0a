package io.loyaltyclub.audit;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Immutable;

/** One change an admin made ({@code LOY_ADMIN_AUDIT}); written once, never changed. */
@Entity
@Immutable
@Table(name = "LOY_ADMIN_AUDIT")
public class AuditEntry {

    /** The most characters kept of a before or after text; longer texts are cut and end with "…". */
    public static final int MAX_TEXT = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ADMIN_NAME", nullable = false, length = 255)
    private String adminName;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 64)
    private String entityType;

    @Column(name = "ENTITY_ID", length = 64)
    private String entityId;

    @Column(name = "ACTION", nullable = false, length = 32)
    private String action;

    @Column(name = "BEFORE_JSON", length = MAX_TEXT)
    private String before;

    @Column(name = "AFTER_JSON", length = MAX_TEXT)
    private String after;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false)
    private Date changedAt;

    protected AuditEntry() {
    }

    AuditEntry(String adminName, String entityType, String entityId, String action, String before, String after,
            Date changedAt) {
        this.adminName = adminName;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public String getAdminName() {
        return adminName;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public Date getChangedAt() {
        return changedAt;
    }
}
