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

/** A member who asked for no reminder e-mails of one kind (unique per member and kind). */
@Entity
@Table(name = "LOY_REMINDER_KIND_OPT_OUT")
public class ReminderKindOptOut {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 32)
    private ReminderKind kind;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "OPTED_OUT_AT", nullable = false)
    private Date optedOutAt;

    protected ReminderKindOptOut() {
    }

    ReminderKindOptOut(long customerId, ReminderKind kind, Date optedOutAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.optedOutAt = optedOutAt;
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

    public Date getOptedOutAt() {
        return optedOutAt;
    }
}
