package io.loyaltyclub.webhooks;

import java.net.URI;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;

/**
 * The webhook endpoints the admin sets up. A new endpoint receives the events that happen from then on (not the
 * history); switching one off stops its deliveries, switching it on again resumes where it stopped.
 */
public class WebhookEndpoints {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private Clock clock = Clock.systemUTC();

    @Transactional("blTransactionManager")
    public WebhookEndpoint add(String url, String secret, String eventTypes) {
        requireUrl(url);
        if (secret == null || secret.length() < 16 || secret.length() > 200) {
            throw new LoyaltyException("invalid_secret", "a webhook secret has 16 to 200 characters");
        }
        if (eventTypes == null || !eventTypes.trim().matches("[*]|[a-z_]+\\.([a-z_]+|[*])(\\s*,\\s*[a-z_]+\\.([a-z_]+|[*]))*")
                || eventTypes.length() > 1000) {
            throw new LoyaltyException("invalid_event_types", "name the events as '*', 'points.*' or 'points.earned',"
                    + " separated by commas");
        }
        Long last = entityManager.createQuery("select max(o.id) from OutboxEvent o", Long.class).getSingleResult();
        WebhookEndpoint endpoint = new WebhookEndpoint(url.trim(), secret, eventTypes.trim().replaceAll("\\s+", ""),
                last == null ? 0 : last, Date.from(clock.instant()));
        entityManager.persist(endpoint);
        return endpoint;
    }

    @Transactional("blTransactionManager")
    public void setActive(long endpointId, boolean active) {
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null) {
            throw new LoyaltyException("unknown_endpoint", "there is no webhook endpoint " + endpointId);
        }
        endpoint.setActive(active);
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<WebhookEndpoint> all() {
        return entityManager.createQuery("select e from WebhookEndpoint e order by e.id", WebhookEndpoint.class)
                .getResultList();
    }

    private static void requireUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || url.length() > 1000) {
                throw new LoyaltyException("invalid_url", "a webhook URL is an http or https address of at most"
                        + " 1000 characters");
            }
        } catch (java.net.URISyntaxException e) {
            throw new LoyaltyException("invalid_url", "not a URL: " + url);
        }
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
