package io.loyaltyclub.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the club's events to {@code LOY_EVENT_OUTBOX} in the caller's transaction (the ledgers call it as they
 * book an entry), so an event exists exactly when its change was committed. The body is the JSON a webhook
 * receives:
 * <pre>{"id": "…uuid…", "type": "points.earned", "occurredAt": "2026-11-23T10:15:30Z", "customerId": 42, "data": {…}}</pre>
 */
public class EventOutbox {

    static final int MAX_BODY = 4000;

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();
    private Clock clock = Clock.systemUTC();

    public OutboxEvent record(String type, long customerId, Map<String, Object> data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an event is written in the transaction of its change");
        }
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("id", eventId);
        body.put("type", type);
        body.put("occurredAt", now.toString());
        body.put("customerId", customerId);
        body.put("data", data);
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + type + " cannot be written as JSON", e);
        }
        if (text.length() > MAX_BODY) {
            throw new IllegalArgumentException("event " + type + " is " + text.length() + " characters, at most "
                    + MAX_BODY);
        }
        OutboxEvent event = new OutboxEvent(eventId, type, customerId, text, Date.from(now));
        entityManager.persist(event);
        return event;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
