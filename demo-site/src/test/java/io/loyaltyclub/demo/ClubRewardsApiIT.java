package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.loyaltyclub.demo.ShopHttpIT.Browser;

/**
 * The JSON API's rewards, the member's expiring points, tier and segments, over real HTTP against the running
 * demo shop. Rewards and points are written into the shop's database the way the club stores them (a store-credit
 * or gift reward needs no code campaign; points are an available lot booked on the member's account).
 */
@ExtendWith(RunningShop.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClubRewardsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Long> rewards = new HashMap<String, Long>();

    @BeforeAll
    void defineRewards(DemoShop shop) throws Exception {
        Instant now = Instant.now();
        rewards.put("credit", reward(shop, "5.00 store credit", "STORE_CREDIT", 300, "5", "USD", null, null, null, null, 1L, null));
        rewards.put("tote", reward(shop, "Canvas tote", "GIFT", 600, "0", null, null, null, null, null, null, null));
        rewards.put("grinder", reward(shop, "Burr grinder", "GIFT", 50000, "0", null, null, null, null, null, null, null));
        rewards.put("soldOut", reward(shop, "Signed mug", "GIFT", 10, "0", null, null, null, null, 0L, null, null));
        rewards.put("later", reward(shop, "Spring tasting", "EVENT_INVITATION", 10, "0", null,
                Timestamp.from(now.plus(Duration.ofDays(20))), null, null, 5L, null, null));
        rewards.put("gold", reward(shop, "Gold tasting", "EVENT_INVITATION", 10, "0", null, null, null, "GOLD", null, null, null));
        rewards.put("budget", reward(shop, "Budgeted sample", "GIFT", 100, "0", null, null, null, null, null, null, 50L));
    }

    @Test
    void aMemberSeesTheCatalogueRedeemsOnceAndARetryGetsTheFirstAnswer(DemoShop shop) throws Exception {
        Member member = register(shop, "rewards-a@example.com");
        grantPoints(shop, member.id, 800, null);
        grantPoints(shop, member.id, 200, Instant.now().plus(Duration.ofDays(10)));

        JsonNode me = JSON.readTree(member.browser.json("GET", "/loyalty/api/me", null, null).body());
        assertThat(me.get("points").get("available").asLong()).isEqualTo(member.signUpBonus + 1000);
        assertThat(me.get("expiringSoon").get("days").asInt()).isEqualTo(30);
        assertThat(me.get("expiringSoon").get("points").asLong()).isEqualTo(200);
        assertThat(me.get("expiringSoon").get("lots").get(0).get("lastDay").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(me.get("tier").has("next")).isTrue();
        assertThat(me.get("tier").get("code").isNull()).as("the demo has no tier ladder").isTrue();
        assertThat(me.get("segments").isArray()).isTrue();

        JsonNode catalogue = JSON.readTree(member.browser.json("GET", "/loyalty/api/rewards", null, null).body());
        assertThat(catalogue.get("pointsAvailable").asLong()).isEqualTo(member.signUpBonus + 1000);
        assertThat(availability(catalogue, "credit").get("status").asText()).isEqualTo("available");
        assertThat(availability(catalogue, "grinder").get("status").asText()).isEqualTo("insufficient_points");
        assertThat(availability(catalogue, "grinder").get("pointsMissing").asLong()).isEqualTo(49000 - member.signUpBonus);
        assertThat(availability(catalogue, "soldOut").get("status").asText()).isEqualTo("out_of_stock");
        assertThat(availability(catalogue, "later").get("status").asText()).isEqualTo("outside_window");
        assertThat(availability(catalogue, "gold").get("status").asText()).isEqualTo("not_allowed");
        assertThat(availability(catalogue, "gold").get("because").asText()).isEqualTo("tier");
        assertThat(availability(catalogue, "budget").get("status").asText()).isEqualTo("budget_exhausted");
        assertThat(catalogue.get("redeemed")).isEmpty();

        String key = "order-" + System.nanoTime();
        HttpResponse<String> first = member.redeem(rewards.get("credit"), key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode redemption = JSON.readTree(first.body()).get("redemption");
        assertThat(redemption.get("rewardId").asLong()).isEqualTo(rewards.get("credit"));
        assertThat(redemption.get("points").asLong()).isEqualTo(300);
        assertThat(redemption.get("kind").asText()).isEqualTo("store_credit");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(balance(member)).isEqualTo(member.signUpBonus + 700);

        HttpResponse<String> retry = member.redeem(rewards.get("credit"), key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(balance(member)).as("nothing spent twice").isEqualTo(member.signUpBonus + 700);

        assertError(member.redeem(rewards.get("tote"), key), 422, "idempotency_key_reused");

        String again = "again-" + System.nanoTime();
        HttpResponse<String> limited = member.redeem(rewards.get("credit"), again);
        assertError(limited, 422, "limit_reached");
        HttpResponse<String> limitedRetry = member.redeem(rewards.get("credit"), again);
        assertThat(limitedRetry.statusCode()).isEqualTo(422);
        assertThat(limitedRetry.body()).isEqualTo(limited.body());

        assertThat(member.redeem(rewards.get("tote"), "tote-" + System.nanoTime()).statusCode()).isEqualTo(201);
        assertThat(balance(member)).isEqualTo(member.signUpBonus + 100);
        HttpResponse<String> afterBalanceChanged = member.redeem(rewards.get("credit"), key);
        assertThat(afterBalanceChanged.statusCode()).isEqualTo(201);
        assertThat(afterBalanceChanged.body()).isEqualTo(first.body());
        assertThat(balance(member)).isEqualTo(member.signUpBonus + 100);

        JsonNode after = JSON.readTree(member.browser.json("GET", "/loyalty/api/rewards", null, null).body());
        assertThat(after.get("redeemed")).hasSize(2);
        JsonNode credit = after.get("redeemed").get(1);
        assertThat(credit.get("id").asLong()).isEqualTo(redemption.get("id").asLong());
        assertThat(credit.get("state").asText()).isEqualTo("active");
        assertThat(credit.get("expiresAt").isNull()).isFalse();
        assertThat(after.get("redeemed").get(0).get("status").asText()).as("the tote waits to be sent").isEqualTo("to_fulfil");
        assertThat(after.get("redeemed").get(0).get("state").asText()).isEqualTo("active");
        assertThat(availability(after, "credit").get("status").asText()).isEqualTo("limit_reached");
    }

    @Test
    void eachRefusalHasItsCodeAndNothingIsSpent(DemoShop shop) throws Exception {
        Member member = register(shop, "rewards-b@example.com");
        grantPoints(shop, member.id, 500, null);

        Browser guest = new Browser(shop.baseUrl());
        assertError(guest.json("GET", "/loyalty/api/rewards", null, null), 401, "sign_in_required");
        assertError(guest.json("POST", "/loyalty/api/rewards/" + rewards.get("tote") + "/redeem", null, "x",
                "Idempotency-Key", "guest-key-1"), 401, "sign_in_required");
        assertError(member.browser.json("POST", "/loyalty/api/rewards/" + rewards.get("tote") + "/redeem", null, null,
                "Idempotency-Key", "no-csrf-key-1"), 403, "csrf_token_invalid");
        assertError(member.browser.json("POST", "/loyalty/api/rewards/" + rewards.get("tote") + "/redeem", null,
                member.csrf), 400, "invalid_idempotency_key");
        assertError(member.redeem(rewards.get("tote"), "short"), 400, "invalid_idempotency_key");
        assertError(member.redeem(rewards.get("tote"), "spaces are not allowed"), 400, "invalid_idempotency_key");

        assertError(member.redeem(999999L, "unknown-1"), 404, "unknown_reward");
        assertError(member.browser.json("POST", "/loyalty/api/rewards/abc/redeem", null, member.csrf,
                "Idempotency-Key", "unknown-2"), 404, "unknown_reward");
        assertError(member.redeem(rewards.get("grinder"), "refused-1"), 422, "insufficient_points");
        assertError(member.redeem(rewards.get("soldOut"), "refused-2"), 422, "out_of_stock");
        assertError(member.redeem(rewards.get("later"), "refused-3"), 422, "outside_window");
        assertError(member.redeem(rewards.get("gold"), "refused-4"), 422, "not_allowed");
        assertError(member.redeem(rewards.get("budget"), "refused-5"), 422, "budget_exhausted");
        assertThat(balance(member)).as("no refusal spent anything").isEqualTo(member.signUpBonus + 500);
    }

    @Test
    void aCustomerNeverReadsNorRedeemsWithAnothersData(DemoShop shop) throws Exception {
        Member owner = register(shop, "rewards-owner@example.com");
        grantPoints(shop, owner.id, 400, Instant.now().plus(Duration.ofDays(5)));
        Member other = register(shop, "rewards-other@example.com");

        String key = "shared-key-" + System.nanoTime();
        HttpResponse<String> mine = owner.redeem(rewards.get("credit"), key);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(201);

        // The same key from another customer is that customer's own request: not the owner's answer.
        HttpResponse<String> theirs = other.redeem(rewards.get("credit"), key);
        assertError(theirs, 422, "insufficient_points");
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();

        JsonNode otherView = JSON.readTree(other.browser.json("GET", "/loyalty/api/rewards", null, null).body());
        assertThat(otherView.get("redeemed")).isEmpty();
        assertThat(otherView.get("pointsAvailable").asLong()).isEqualTo(other.signUpBonus);
        JsonNode otherMe = JSON.readTree(other.browser.json("GET", "/loyalty/api/me", null, null).body());
        assertThat(otherMe.get("customerId").asLong()).isEqualTo(other.id);
        assertThat(otherMe.get("expiringSoon").get("points").asLong()).isZero();

        // The owner's session token does not let the other session change anything.
        assertError(other.browser.json("POST", "/loyalty/api/rewards/" + rewards.get("credit") + "/redeem", null,
                owner.csrf, "Idempotency-Key", "borrowed-token-1"), 403, "csrf_token_invalid");
        assertThat(balance(owner)).isEqualTo(owner.signUpBonus + 100);
    }

    @Test
    void redeemRequestsAreRateLimitedPerCustomer(DemoShop shop) throws Exception {
        Member member = register(shop, "rewards-busy@example.com");
        for (int i = 0; i < 10; i++) {
            assertError(member.redeem(999999L, "busy-key-" + i), 404, "unknown_reward");
        }
        HttpResponse<String> limited = member.redeem(999999L, "busy-key-10");
        assertError(limited, 429, "too_many_requests");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"))).isBetween(1L, 60L);

        Member calm = register(shop, "rewards-calm@example.com");
        assertError(calm.redeem(999999L, "calm-key-1"), 404, "unknown_reward");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private JsonNode availability(JsonNode catalogue, String reward) {
        for (JsonNode row : catalogue.get("rewards")) {
            if (row.get("id").asLong() == rewards.get(reward)) {
                return row.get("availability");
            }
        }
        throw new AssertionError("no reward " + reward + " in " + catalogue);
    }

    private static long balance(Member member) throws Exception {
        return JSON.readTree(member.browser.json("GET", "/loyalty/api/me", null, null).body())
                .get("points").get("available").asLong();
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo(code);
    }

    private static Member register(DemoShop shop, String email) throws Exception {
        Browser browser = ClubApiIT.register(shop, email);
        JsonNode me = JSON.readTree(browser.json("GET", "/loyalty/api/me", null, null).body());
        return new Member(browser, me.get("customerId").asLong(), me.get("csrfToken").asText(),
                me.get("points").get("available").asLong());
    }

    /** Books an available lot for the member as the ledger does: the entry, and the account's balances with it. */
    private static void grantPoints(DemoShop shop, long customerId, long points, Instant expiresAt) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = DriverManager.getConnection(shop.jdbcUrl(), "SA", "")) {
            connection.setAutoCommit(false);
            long accountId;
            try (Statement statement = connection.createStatement();
                 ResultSet found = statement.executeQuery("SELECT ID FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID = " + customerId)) {
                accountId = found.next() ? found.getLong(1) : -1;
            }
            if (accountId < 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO LOY_POINTS_ACCOUNT"
                        + " (CUSTOMER_ID, CREATED_AT) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setLong(1, customerId);
                    insert.setTimestamp(2, now);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        accountId = key.getLong(1);
                    }
                }
            }
            try (PreparedStatement lot = connection.prepareStatement("INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE,"
                    + " BUCKET, POINTS, REMAINING, LOT_BUCKET, AVAILABLE_AT, EXPIRES_AT, SOURCE, IDEMPOTENCY_KEY, REASON,"
                    + " CREATED_AT) VALUES (?, 'EARN', 'AVAILABLE', ?, ?, 'AVAILABLE', ?, ?, 'RULE', ?, 'test points', ?)")) {
                lot.setLong(1, accountId);
                lot.setLong(2, points);
                lot.setLong(3, points);
                lot.setTimestamp(4, now);
                lot.setTimestamp(5, expiresAt == null ? null : Timestamp.from(expiresAt));
                lot.setString(6, "test:" + customerId + ":" + System.nanoTime());
                lot.setTimestamp(7, now);
                lot.executeUpdate();
            }
            try (PreparedStatement account = connection.prepareStatement("UPDATE LOY_POINTS_ACCOUNT SET"
                    + " AVAILABLE = AVAILABLE + ?, LIFETIME_EARNED = LIFETIME_EARNED + ?, LAST_ACTIVITY_AT = ? WHERE ID = ?")) {
                account.setLong(1, points);
                account.setLong(2, points);
                account.setTimestamp(3, now);
                account.setLong(4, accountId);
                account.executeUpdate();
            }
            connection.commit();
        }
    }

    private static long reward(DemoShop shop, String name, String kind, long price, String value, String currency,
            Timestamp from, Timestamp until, String tiers, Long stock, Long limitPerCustomer, Long monthlyPoints)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(shop.jdbcUrl(), "SA", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO LOY_REWARD (NAME, KIND, POINTS_PRICE,"
                     + " MONEY_VALUE, CURRENCY_CODE, ACTIVE, AVAILABLE_FROM, AVAILABLE_UNTIL, TIERS, STOCK, REDEEMED,"
                     + " LIMIT_PER_CUSTOMER, MONTHLY_POINTS_BUDGET, VALID_DAYS, CREATED_AT)"
                     + " VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, 0, ?, ?, 30, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, kind);
            insert.setLong(3, price);
            insert.setBigDecimal(4, new java.math.BigDecimal(value));
            insert.setString(5, currency);
            insert.setTimestamp(6, from);
            insert.setTimestamp(7, until);
            insert.setString(8, tiers);
            insert.setObject(9, stock);
            insert.setObject(10, limitPerCustomer);
            insert.setObject(11, monthlyPoints);
            insert.setTimestamp(12, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** A signed-in member's browser, customer id and session CSRF token. */
    private static final class Member {
        final Browser browser;
        final long id;
        final String csrf;
        /** What the demo's sign-up rule gave on registering; the test's own grants come on top. */
        final long signUpBonus;

        Member(Browser browser, long id, String csrf, long signUpBonus) {
            this.browser = browser;
            this.id = id;
            this.csrf = csrf;
            this.signUpBonus = signUpBonus;
        }

        HttpResponse<String> redeem(long rewardId, String key) throws Exception {
            return browser.json("POST", "/loyalty/api/rewards/" + rewardId + "/redeem", null, csrf, "Idempotency-Key", key);
        }
    }
}
