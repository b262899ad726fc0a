package io.loyaltyclub.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.LoyaltyException;

/**
 * Delivers the outbox's events to the webhook endpoints: each event becomes one delivery per endpoint that wants
 * it, POSTed as the event's JSON with its id ({@code X-Loyalty-Event-Id}) and signature
 * ({@link WebhookSignature}). A 2xx answer delivers it; anything else (an error status, a timeout, a closed
 * connection) is tried again on the {@link RetrySchedule}, then parked for the admin to replay.
 *
 * <p>Order: a member's events reach an endpoint in the order they happened. A delivery waits while an earlier
 * event of the same member is still pending for that endpoint; a parked one no longer holds the rest back (it
 * was given up; its replay arrives late, and its event id and time tell the receiver so).</p>
 *
 * <p>Delivery is at least once: a receiver that answered too late gets the event again, with the same id. The
 * club's jobs run {@link #dispatch()} under a lease in the database, so one server dispatches at a time.</p>
 */
public class WebhookDispatcher {

    private static final Log LOG = LogFactory.getLog(WebhookDispatcher.class);

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PlatformTransactionManager transactionManager;
    private Clock clock = Clock.systemUTC();
    private RetrySchedule retries = RetrySchedule.standard();
    private int connectTimeoutMillis = 5000;
    private int readTimeoutMillis = 10000;
    private int batchSize = 200;
    private int maxRounds = 50;

    /** Fans new events out to the endpoints and delivers what is due; returns how many deliveries succeeded. */
    public int dispatch() {
        fanOut();
        int delivered = 0;
        for (int round = 0; round < maxRounds; round++) {
            List<Long> due = inTransaction(() -> entityManager.createQuery("select d.id from WebhookDelivery d"
                    + " where d.status = :pending and d.nextAttemptAt <= :now and not exists (select p.id from"
                    + " WebhookDelivery p where p.endpointId = d.endpointId and p.customerId = d.customerId"
                    + " and p.status = :pending and p.outboxId < d.outboxId) order by d.outboxId", Long.class)
                    .setParameter("pending", DeliveryStatus.PENDING)
                    .setParameter("now", now())
                    .setMaxResults(batchSize)
                    .getResultList());
            if (due.isEmpty()) {
                break;
            }
            for (Long id : due) {
                delivered += attempt(id) ? 1 : 0;
            }
        }
        return delivered;
    }

    /** Each active endpoint gets a delivery for every new event it wants. */
    void fanOut() {
        List<Long> endpoints = inTransaction(() -> entityManager.createQuery("select e.id from WebhookEndpoint e"
                + " where e.active = true", Long.class).getResultList());
        for (final Long endpointId : endpoints) {
            boolean more = true;
            while (more) {
                more = inTransaction(() -> {
                    WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, endpointId);
                    List<OutboxEvent> events = entityManager.createQuery("select o from OutboxEvent o where o.id > :cursor"
                            + " order by o.id", OutboxEvent.class)
                            .setParameter("cursor", endpoint.getOutboxCursor())
                            .setMaxResults(batchSize)
                            .getResultList();
                    Date now = now();
                    for (OutboxEvent event : events) {
                        if (endpoint.wants(event.getEventType())) {
                            entityManager.persist(new WebhookDelivery(endpointId, event, now));
                        }
                        endpoint.advanceTo(event.getId());
                    }
                    return events.size() == batchSize;
                });
            }
        }
    }

    private boolean attempt(final long deliveryId) {
        final Object[] target = inTransaction(() -> {
            WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
            WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, delivery.getEndpointId());
            OutboxEvent event = entityManager.find(OutboxEvent.class, delivery.getOutboxId());
            return new Object[] {endpoint.getUrl(), endpoint.getSecret(), event.getEventId(), event.getEventType(),
                    event.getBody()};
        });
        Integer status = null;
        String error = null;
        try {
            status = post((String) target[0], (String) target[1], (String) target[2], (String) target[3], (String) target[4]);
            if (status < 200 || status > 299) {
                error = "HTTP " + status;
            }
        } catch (IOException | RuntimeException e) {
            error = e.toString();
        }
        final Integer answered = status;
        final String failure = error;
        inTransaction(() -> {
            WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
            if (failure == null) {
                delivery.delivered(answered, now());
            } else {
                delivery.failed(answered, failure, retries, now());
                if (delivery.getStatus() == DeliveryStatus.PARKED) {
                    LOG.warn("Webhook delivery " + deliveryId + " to " + target[0] + " parked after "
                            + delivery.getAttempts() + " attempts: " + failure);
                }
            }
            return null;
        });
        return failure == null;
    }

    private int post(String url, String secret, String eventId, String eventType, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        try {
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(connectTimeoutMillis);
            connection.setReadTimeout(readTimeoutMillis);
            connection.setInstanceFollowRedirects(false);
            connection.setDoOutput(true);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            connection.setRequestProperty("X-Loyalty-Event-Id", eventId);
            connection.setRequestProperty("X-Loyalty-Event-Type", eventType);
            connection.setRequestProperty(WebhookSignature.HEADER,
                    WebhookSignature.header(secret, clock.instant().getEpochSecond(), body));
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (answer != null) {
                answer.close();
            }
            return status;
        } finally {
            connection.disconnect();
        }
    }

    // --- the admin's view -----------------------------------------------------------------------------------

    /** Tries a delivery again from the start (a parked one, or one the receiver lost). */
    public void replay(final long deliveryId) {
        boolean found = inTransaction(() -> {
            WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
            if (delivery == null) {
                return false;
            }
            delivery.replay(now());
            return true;
        });
        if (!found) {
            throw new LoyaltyException("unknown_delivery", "there is no webhook delivery " + deliveryId);
        }
    }

    /** The endpoint's deliveries, newest first. */
    public List<WebhookDelivery> deliveries(final long endpointId, final int limit) {
        return inTransaction(() -> entityManager.createQuery("select d from WebhookDelivery d where d.endpointId = :endpoint"
                + " order by d.id desc", WebhookDelivery.class)
                .setParameter("endpoint", endpointId)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList());
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private <T> T inTransaction(Supplier<T> work) {
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(status -> work.get());
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setRetries(RetrySchedule retries) {
        this.retries = retries;
    }

    public void setConnectTimeoutMillis(int connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public void setReadTimeoutMillis(int readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }
}
