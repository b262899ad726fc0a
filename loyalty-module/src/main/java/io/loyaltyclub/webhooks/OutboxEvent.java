package io.loyaltyclub.webhooks;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Something that happened in the club, written in the same transaction as the change itself: a rolled-back
 * change leaves no event, a committed one always has its event. The body is the JSON sent to webhooks, as is.
 */
@Entity
@Table(name = "LOY_EVENT_OUTBOX")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    /** What receivers use to drop duplicates. */
    @Column(name = "EVENT_ID", nullable = false, length = 36)
    private String eventId;

    @Column(name = "EVENT_TYPE", nullable = false, length = 64)
    private String eventType;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "BODY", nullable = false, length = 4000)
    private String body;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "OCCURRED_AT", nullable = false)
    private Date occurredAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String eventId, String eventType, long customerId, String body, Date occurredAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.customerId = customerId;
        this.body = body;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getBody() {
        return body;
    }

    public Date getOccurredAt() {
        return occurredAt;
    }
}
