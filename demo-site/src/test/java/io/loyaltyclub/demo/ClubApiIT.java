package io.loyaltyclub.demo;

import static io.loyaltyclub.demo.ShopHttpIT.attribute;
import static io.loyaltyclub.demo.ShopHttpIT.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.loyaltyclub.demo.ShopHttpIT.Browser;

/** The club's JSON API over real HTTP against the running demo shop. */
@ExtendWith(RunningShop.class)
class ClubApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSeededShopperReadsTheirBalancesAndHistory(DemoShop shop) throws Exception {
        Browser shopper = signIn(shop, "shopper@example.com", "demo1234");

        HttpResponse<String> me = shopper.json("GET", "/loyalty/api/me", null, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JSON.readTree(me.body());
        assertThat(body.get("points").get("pending").asLong()).as("the seeded orders' points").isPositive();
        assertThat(body.get("credit").get("currency").asText()).isEqualTo("USD");
        assertThat(body.get("csrfToken").asText()).isNotEmpty();

        JsonNode page = JSON.readTree(shopper.json("GET", "/loyalty/api/me/ledger?limit=2", null, null).body());
        assertThat(page.get("entries")).hasSize(2);
        assertThat(page.get("entries").get(0).get("type").asText()).isEqualTo("earn");
        long next = page.get("next").asLong();
        JsonNode older = JSON.readTree(shopper.json("GET", "/loyalty/api/me/ledger?limit=2&after=" + next, null, null).body());
        assertThat(older.get("entries").get(0).get("id").asLong()).isLessThan(next);

        assertError(shopper.json("GET", "/loyalty/api/me/ledger?limit=1000", null, null), 400, "invalid_limit");
        assertError(shopper.json("GET", "/loyalty/api/me/ledger?after=abc", null, null), 400, "invalid_after");
    }

    @Test
    void aNewMembersCartPreviewsItsPointsAndRefusesWhatTheMemberDoesNotHave(DemoShop shop) throws Exception {
        Browser guest = new Browser(shop.baseUrl());
        assertError(guest.json("GET", "/loyalty/api/me", null, null), 401, "sign_in_required");
        assertError(guest.json("POST", "/loyalty/api/cart/points", "{\"points\":100}", "x"), 401, "sign_in_required");

        Browser member = register(shop, "api-member@example.com");
        String token = JSON.readTree(member.json("GET", "/loyalty/api/me", null, null).body()).get("csrfToken").asText();
        assertError(member.json("POST", "/loyalty/api/cart/credit", "{}", token), 422, "empty_cart");

        HttpResponse<String> product = member.get("/coffee/ethiopia-yirgacheffe");
        Map<String, String> add = new LinkedHashMap<String, String>();
        add.put("productId", attribute(product.body(), "name=\"productId\" value=\""));
        add.put("quantity", "2");
        member.post("/cart/add", csrf(product.body()), add);

        JsonNode preview = JSON.readTree(member.json("GET", "/loyalty/api/cart/preview", null, null).body());
        assertThat(preview.get("points").asLong()).as("1 point per 1.00 of 2 x 16.00").isEqualTo(32);
        assertThat(preview.get("breakdown")).isNotEmpty();

        assertError(member.json("POST", "/loyalty/api/cart/credit", "{\"amount\":\"5.00\"}", null), 403, "csrf_token_invalid");
        assertError(member.json("POST", "/loyalty/api/cart/credit", "{\"amount\":\"5.00\"}", "forged"), 403, "csrf_token_invalid");
        assertError(member.json("POST", "/loyalty/api/cart/credit", "{\"amount\":\"5.00\"}", token), 422, "insufficient_credit");
        assertError(member.json("POST", "/loyalty/api/cart/credit", "{\"amount\":\"-1\"}", token), 400, "invalid_amount");
        assertError(member.json("POST", "/loyalty/api/cart/credit", "{\"amount\":\"lots\"}", token), 400, "invalid_amount");
        assertError(member.json("POST", "/loyalty/api/cart/points", "{\"points\":100}", token), 422, "insufficient_points");
        assertError(member.json("POST", "/loyalty/api/cart/points", "{\"points\":150}", token), 422, "invalid_points_step");
        assertError(member.json("POST", "/loyalty/api/cart/points", "{\"points\":\"ten\"}", token), 400, "invalid_request");
        assertError(member.json("POST", "/loyalty/api/cart/points", "not json", token), 400, "invalid_request");

        HttpResponse<String> removed = member.json("DELETE", "/loyalty/api/cart/points", null, token);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(removed.body()).get("total").asText()).isEqualTo("32.00");

        // Another member's history is out of reach: the cursor only pages one's own entries.
        Browser seeded = signIn(shop, "shopper@example.com", "demo1234");
        long theirs = JSON.readTree(seeded.json("GET", "/loyalty/api/me/ledger?limit=1", null, null).body())
                .get("entries").get(0).get("id").asLong();
        JsonNode mine = JSON.readTree(member.json("GET", "/loyalty/api/me/ledger?after=" + (theirs + 1), null, null).body());
        for (JsonNode entry : mine.get("entries")) {
            assertThat(entry.get("id").asLong()).isNotEqualTo(theirs);
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo(code);
    }

    private static Browser signIn(DemoShop shop, String email, String password) throws Exception {
        Browser browser = new Browser(shop.baseUrl());
        HttpResponse<String> login = browser.get("/login");
        Map<String, String> credentials = new LinkedHashMap<String, String>();
        credentials.put("j_username", email);
        credentials.put("j_password", password);
        browser.post("/login_post.htm", csrf(login.body()), credentials);
        return browser;
    }

    static Browser register(DemoShop shop, String email) throws Exception {
        Browser browser = new Browser(shop.baseUrl());
        HttpResponse<String> form = browser.get("/register");
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("customer.firstName", "Api");
        fields.put("customer.lastName", "Member");
        fields.put("customer.emailAddress", email);
        fields.put("password", "secret123");
        fields.put("passwordConfirm", "secret123");
        browser.post("/register", csrf(form.body()), fields);
        return browser;
    }
}
