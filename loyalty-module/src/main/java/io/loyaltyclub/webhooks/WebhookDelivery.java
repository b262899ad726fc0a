package io.loyaltyclub.webhooks;

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

/** One event for one endpoint: its attempts so far, when the next is due, what the endpoint last answered. */
@Entity
@Table(name = "LOY_WEBHOOK_DELIVERY")
public class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENDPOINT_ID", nullable = false)
    private long endpointId;

    @Column(name = "OUTBOX_ID", nullable = false)
    private long outboxId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Date nextAttemptAt;

    @Column(name = "LAST_HTTP_STATUS")
    private Integer lastHttpStatus;

    @Column(name = "LAST_ERROR", length = 1000)
    private String lastError;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DELIVERED_AT")
    private Date deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long endpointId, OutboxEvent event, Date now) {
        this.endpointId = endpointId;
        this.outboxId = event.getId();
        this.customerId = event.getCustomerId();
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
    }

    void delivered(int httpStatus, Date now) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastHttpStatus = httpStatus;
        lastError = null;
        deliveredAt = now;
    }

    void failed(Integer httpStatus, String error, RetrySchedule schedule, Date now) {
        attempts++;
        lastHttpStatus = httpStatus;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (schedule.givesUpAfter(attempts)) {
            status = DeliveryStatus.PARKED;
        } else {
            nextAttemptAt = new Date(now.getTime() + schedule.delayAfter(attempts).toMillis());
        }
    }

    void replay(Date now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getEndpointId() {
        return endpointId;
    }

    public long getOutboxId() {
        return outboxId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Date getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastHttpStatus() {
        return lastHttpStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Date getDeliveredAt() {
        return deliveredAt;
    }
}
