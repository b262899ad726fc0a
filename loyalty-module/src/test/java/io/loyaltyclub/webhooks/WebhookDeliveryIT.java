package io.loyaltyclub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.Redemption;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;
import io.loyaltyclub.webhooks.TestReceiver.Behaviour;

/** Events from the ledgers to a real HTTP receiver on localhost that fails on purpose. */
@ExtendWith(BroadleafExtension.class)
class WebhookDeliveryIT {

    private static final String SECRET = "whsec-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BroadleafContext context = BroadleafContext.get();
    private final WebhookDispatcher dispatcher = context.bean("blLoyaltyWebhookDispatcher", WebhookDispatcher.class);
    private final WebhookEndpoints endpoints = context.bean("blLoyaltyWebhookEndpoints", WebhookEndpoints.class);
    private final PointsLedger points = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final CreditLedger credit = context.bean("blLoyaltyCreditLedger", CreditLedger.class);
    private TestReceiver receiver;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new TestReceiver(SECRET, 1500);
        dispatcher.setReadTimeoutMillis(500);
    }

    @AfterEach
    void stop() {
        for (WebhookEndpoint endpoint : endpoints.all()) {
            endpoints.setActive(endpoint.getId(), false);
        }
        receiver.close();
        dispatcher.setReadTimeoutMillis(10000);
        dispatcher.setRetries(RetrySchedule.standard());
    }

    @Test
    void everyEventArrivesOnceAfterRetriesInOrderPerMemberWithAValidSignature(ShopFixtures shop) throws Exception {
        WebhookEndpoint endpoint = endpoints.add(receiver.url(), SECRET, "points.*, credit.*");
        TestReceiver creditReceiver = new TestReceiver(SECRET, 0);
        WebhookEndpoint creditOnly = endpoints.add(creditReceiver.url(), SECRET, "credit.adjusted");
        long eventsBefore = endpoint.getOutboxCursor();
        long ann = shop.customer().getId();
        long bob = shop.customer().getId();
        for (int i = 0; i < 4; i++) {
            points.adjust(ann, 10 + i, "goodwill", "admin", key());
            points.adjust(bob, 20 + i, "goodwill", "admin", key());
        }
        points.redeem(Redemption.of(ann, 5, key()).reason("a reward"));
        credit.adjust(bob, new BigDecimal("7.50"), ShopFixtures.CURRENCY, "goodwill", "admin", key());
        receiver.plan(Behaviour.FAIL_500, Behaviour.ANSWER_LATE, Behaviour.CLOSE_CONNECTION, Behaviour.FAIL_500);

        deliverEverything(endpoint.getId());

        List<Map<String, Object>> outbox = context.jdbc().queryForList("SELECT EVENT_ID, EVENT_TYPE, CUSTOMER_ID"
                + " FROM LOY_EVENT_OUTBOX WHERE ID > ? AND CUSTOMER_ID IN (?, ?) ORDER BY ID", eventsBefore, ann, bob);
        assertThat(outbox).hasSize(10);
        Map<String, String> received = receiver.received();
        List<String> expected = new ArrayList<String>();
        for (Map<String, Object> event : outbox) {
            expected.add((String) event.get("EVENT_ID"));
        }
        assertThat(received.keySet()).as("every event, once").containsAll(expected);
        assertThat(receiver.badSignatures()).isEmpty();
        assertThat(receiver.duplicates()).as("only the event answered too late came again").hasSize(1);
        for (long member : new long[] {ann, bob}) {
            List<String> sent = new ArrayList<String>();
            for (Map<String, Object> event : outbox) {
                if (((Number) event.get("CUSTOMER_ID")).longValue() == member) {
                    sent.add((String) event.get("EVENT_ID"));
                }
            }
            List<String> arrived = new ArrayList<String>();
            for (Map.Entry<String, String> event : received.entrySet()) {
                if (JSON.readTree(event.getValue()).get("customerId").asLong() == member && sent.contains(event.getKey())) {
                    arrived.add(event.getKey());
                }
            }
            assertThat(arrived).as("member %s's events in the order they happened", member).isEqualTo(sent);
        }
        JsonNode last = JSON.readTree(received.get(expected.get(expected.size() - 1)));
        assertThat(last.get("type").asText()).isEqualTo("credit.adjusted");
        assertThat(last.get("data").get("amount").asText()).isEqualTo("7.5");
        assertThat(dispatcher.deliveries(creditOnly.getId(), 100)).as("only the events it asked for")
                .hasSize(1).allMatch(d -> d.getStatus() == DeliveryStatus.DELIVERED);
        assertThat(creditReceiver.received()).hasSize(1);
        creditReceiver.close();
    }

    @Test
    void aChangeThatRollsBackLeavesNoEvent(ShopFixtures shop) {
        long member = shop.customer().getId();
        points.adjust(member, 100, "goodwill", "admin", key());
        int before = outboxSize(member);

        assertThatThrownBy(() -> points.redeem(Redemption.of(member, 500, key()).reason("too much")))
                .isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> credit.adjust(member, new BigDecimal("-1.00"), ShopFixtures.CURRENCY, "take", "admin", key()))
                .isInstanceOf(LoyaltyException.class);
        assertThat(outboxSize(member)).isEqualTo(before);

        points.redeem(Redemption.of(member, 40, key()).reason("a reward"));
        assertThat(outboxSize(member)).isEqualTo(before + 1);
        assertThat(context.jdbc().queryForObject("SELECT EVENT_TYPE FROM LOY_EVENT_OUTBOX WHERE CUSTOMER_ID = ?"
                + " ORDER BY ID DESC LIMIT 1", String.class, member)).isEqualTo("points.redeemed");
    }

    @Test
    void aDeliveryThatKeepsFailingIsParkedAndTheAdminCanReplayIt(ShopFixtures shop) throws Exception {
        dispatcher.setRetries(new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(10), 3));
        WebhookEndpoint endpoint = endpoints.add(receiver.url(), SECRET, "*");
        long member = shop.customer().getId();
        points.adjust(member, 5, "goodwill", "admin", key());
        receiver.plan(Behaviour.FAIL_500, Behaviour.FAIL_500, Behaviour.FAIL_500);
        for (int i = 0; i < 5; i++) {
            dispatcher.dispatch();
            context.clock().advance(Duration.ofMinutes(1));
        }
        WebhookDelivery parked = dispatcher.deliveries(endpoint.getId(), 10).get(0);
        assertThat(parked.getStatus()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(parked.getAttempts()).isEqualTo(3);
        assertThat(parked.getLastHttpStatus()).isEqualTo(500);
        assertThat(receiver.received()).isEmpty();

        dispatcher.replay(parked.getId());
        dispatcher.dispatch();

        assertThat(dispatcher.deliveries(endpoint.getId(), 10).get(0).getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(1);
        assertThatThrownBy(() -> dispatcher.replay(-1)).isInstanceOf(LoyaltyException.class);
    }

    @Test
    void anEndpointIsCheckedBeforeItIsSaved() {
        assertCode(() -> endpoints.add("ftp://example.test/hook", SECRET, "*"), "invalid_url");
        assertCode(() -> endpoints.add("not a url", SECRET, "*"), "invalid_url");
        assertCode(() -> endpoints.add(receiver.url(), "short", "*"), "invalid_secret");
        assertCode(() -> endpoints.add(receiver.url(), SECRET, "points"), "invalid_event_types");
        assertCode(() -> endpoints.add(receiver.url(), SECRET, "points.earned; drop"), "invalid_event_types");
    }

    private void deliverEverything(long endpointId) {
        for (int round = 0; round < 30; round++) {
            dispatcher.dispatch();
            boolean done = true;
            for (WebhookDelivery delivery : dispatcher.deliveries(endpointId, 500)) {
                done &= delivery.getStatus() == DeliveryStatus.DELIVERED;
            }
            if (done) {
                return;
            }
            context.clock().advance(Duration.ofMinutes(2));
        }
        throw new AssertionError("deliveries still pending: " + dispatcher.deliveries(endpointId, 500).size());
    }

    private int outboxSize(long member) {
        return context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_EVENT_OUTBOX WHERE CUSTOMER_ID = ?", Integer.class, member);
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(LoyaltyException.class).extracting("code").isEqualTo(code);
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }
}
