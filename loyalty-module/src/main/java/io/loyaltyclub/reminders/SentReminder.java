package io.loyaltyclub.reminders;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The marker that a reminder of a kind went out about one subject: a row (an expiring points lot, a code, a
 * reward; its id and an empty or sort key) or an occasion of the member (the member's id and a key such as the
 * tier and its window, the entry into a segment, the birthday's year). Unique per kind, subject id and key, so
 * nothing is reminded twice, even by two servers at once.
 */
@Entity
@Table(name = "LOY_REMINDER")
public class SentReminder {

    public static final int KEY_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 32)
    private ReminderKind kind;

    @Column(name = "SUBJECT_ID", nullable = false)
    private long subjectId;

    @Column(name = "SUBJECT_KEY", nullable = false, length = KEY_LENGTH)
    private String subjectKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_AT", nullable = false)
    private Date sentAt;

    protected SentReminder() {
    }

    SentReminder(long customerId, ReminderKind kind, long subjectId, String subjectKey, Date sentAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.subjectKey = subjectKey;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public Date getSentAt() {
        return sentAt;
    }
}
