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

/** A receiver of the club's events the admin set up: where, with which secret, and which events. */
@Entity
@Table(name = "LOY_WEBHOOK_ENDPOINT")
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "URL", nullable = false, length = 1000)
    private String url;

    @Column(name = "SECRET", nullable = false, length = 200)
    private String secret;

    /** Comma-separated event types; {@code *} is every event, {@code points.*} every event of points. */
    @Column(name = "EVENT_TYPES", nullable = false, length = 1000)
    private String eventTypes;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    /** The last outbox event already turned into deliveries for this endpoint. */
    @Column(name = "OUTBOX_CURSOR", nullable = false)
    private long outboxCursor;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected WebhookEndpoint() {
    }

    WebhookEndpoint(String url, String secret, String eventTypes, long outboxCursor, Date createdAt) {
        this.url = url;
        this.secret = secret;
        this.eventTypes = eventTypes;
        this.active = true;
        this.outboxCursor = outboxCursor;
        this.createdAt = createdAt;
    }

    /** Whether this endpoint receives events of {@code type}. */
    public boolean wants(String type) {
        for (String wanted : eventTypes.split(",")) {
            String pattern = wanted.trim();
            if (pattern.equals("*") || pattern.equals(type)
                    || (pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    void advanceTo(long outboxId) {
        this.outboxCursor = outboxId;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public boolean isActive() {
        return active;
    }

    public long getOutboxCursor() {
        return outboxCursor;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
