package io.loyaltyclub.reminders;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A member who asked for no reminder e-mails. */
@Entity
@Table(name = "LOY_REMINDER_OPT_OUT")
public class ReminderOptOut {

    @Id
    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "OPTED_OUT_AT", nullable = false)
    private Date optedOutAt;

    protected ReminderOptOut() {
    }

    ReminderOptOut(long customerId, Date optedOutAt) {
        this.customerId = customerId;
        this.optedOutAt = optedOutAt;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Date getOptedOutAt() {
        return optedOutAt;
    }
}
