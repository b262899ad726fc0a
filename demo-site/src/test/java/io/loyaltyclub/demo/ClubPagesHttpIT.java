package io.loyaltyclub.demo;

import static io.loyaltyclub.demo.ShopHttpIT.attribute;
import static io.loyaltyclub.demo.ShopHttpIT.csrf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.demo.ShopHttpIT.Browser;
import io.loyaltyclub.demo.seed.ShopSeed;

/**
 * The club's storefront pages over HTTP: the join page and the sign-up bonus (given once), My Club with the tier,
 * rewards and referral link, redeeming a reward (once per form), the cart and checkout fragments with their
 * errors next to the field that caused them, and the pages in Persian, right to left.
 */
@ExtendWith(RunningShop.class)
class ClubPagesHttpIT {

    private static final Pattern AVAILABLE = Pattern.compile("class=\"club-available\">.*?<strong>([^<]+)</strong>", Pattern.DOTALL);

    @Test
    void aGuestSeesWhatTheClubGivesAndJoiningGivesTheBonusOnce(DemoShop shop) throws Exception {
        Browser shopper = ClubPagesHttpIT.signIn(shop, ShopSeed.SHOPPER_EMAIL, ShopSeed.SHOPPER_PASSWORD);
        Matcher link = Pattern.compile("id=\"club-referral-link\"[^>]*value=\"([^\"]+)\"").matcher(shopper.get("/account/club").body());
        assertThat(link.find()).as("the referral link on My Club").isTrue();
        String referral = link.group(1);
        assertThat(referral).matches("http://[^/]+/club/join\\?ref=R[0-9A-Z]+");

        Browser guest = new Browser(shop.baseUrl());
        assertThat(guest.get("/account/club").uri().getPath()).isEqualTo("/login");
        HttpResponse<String> join = guest.get(referral.substring(referral.indexOf("/club/join")));
        assertThat(join.statusCode()).isEqualTo(200);
        assertThat(join.body()).contains("Join ", "A welcome bonus of " + ShopSeed.SIGN_UP_BONUS + " points when you join",
                "Bronze", "Silver", "Gold", "Free shipping", "1.5 × points on every order", "id=\"loyalty-join-referred\"",
                "href=\"/register\"");

        HttpResponse<String> form = guest.get("/register");
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("customer.firstName", "Joan");
        fields.put("customer.lastName", "Joiner");
        fields.put("customer.emailAddress", "joan.joiner@example.com");
        fields.put("password", "secret123");
        fields.put("passwordConfirm", "secret123");
        assertThat(guest.post("/register", csrf(form.body()), fields).uri().getPath()).isEqualTo("/account");
        assertThat(availablePoints(guest.get("/account/club").body())).isEqualTo(ShopSeed.SIGN_UP_BONUS);
        // A member is sent from the join page to My Club.
        assertThat(guest.get("/club/join").uri().getPath()).isEqualTo("/account/club");

        // Signing out and in again, or registering the same address again, gives nothing more.
        guest.get("/logout");
        HttpResponse<String> again = guest.post("/register", csrf(guest.get("/register").body()), fields);
        assertThat(again.body()).contains("There is already an account with this e-mail address");
        Browser back = signIn(shop, "joan.joiner@example.com", "secret123");
        assertThat(availablePoints(back.get("/account/club").body())).isEqualTo(ShopSeed.SIGN_UP_BONUS);
        assertThat(count(shop, "SELECT COUNT(*) FROM LOY_POINTS_ENTRY e JOIN LOY_POINTS_ACCOUNT a ON a.ID = e.ACCOUNT_ID"
                + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = a.CUSTOMER_ID WHERE c.EMAIL_ADDRESS = 'joan.joiner@example.com'"))
                .as("one ledger entry: the sign-up bonus").isEqualTo(1);
        assertThat(count(shop, "SELECT COUNT(*) FROM LOY_REFERRAL r JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = r.NEW_CUSTOMER_ID"
                + " WHERE c.EMAIL_ADDRESS = 'joan.joiner@example.com'")).as("the referral through the link").isEqualTo(1);
    }

    @Test
    void theShopperSeesTheirTierRewardsCodesAndCards(DemoShop shop) throws Exception {
        Browser shopper = signIn(shop, ShopSeed.SHOPPER_EMAIL, ShopSeed.SHOPPER_PASSWORD);
        String club = shopper.get("/account/club").body();
        assertThat(club).contains("class=\"loyalty-tier-badge", "role=\"progressbar\"", "class=\"loyalty-progress-fill\"",
                "Benefits of", "$5 store credit", "$25 store credit", "Redeem", "more points needed",
                "Coffee card", " of 5", "Points expiring in the next 30 days", "My codes", "Store credit");
        assertThat(club).containsPattern("more spend for (Silver|Gold) by");
        assertThat(availablePoints(club)).isGreaterThanOrEqualTo(500);
    }

    @Test
    void aNewMemberRedeemsARewardOnceAndSeesWhatTheOthersStillNeed(DemoShop shop) throws Exception {
        Browser member = register(shop, "redeemer@example.com");
        String club = member.get("/account/club").body();
        assertThat(availablePoints(club)).isEqualTo(ShopSeed.SIGN_UP_BONUS);
        assertThat(club).contains((500 - ShopSeed.SIGN_UP_BONUS) + " more points needed",
                "class=\"club-reward club-reward-unavailable\"", "No store credit yet.");

        String rewardBlock = club.substring(club.indexOf("$1 store credit") - 300);
        Map<String, String> redeem = new LinkedHashMap<String, String>();
        redeem.put("rewardId", attribute(rewardBlock, "name=\"rewardId\" value=\""));
        redeem.put("requestKey", attribute(rewardBlock, "name=\"requestKey\" value=\""));
        // The session's token: with no points left, the next pages have no form to read it from.
        String token = csrf(club);
        HttpResponse<String> redeemed = member.post("/account/club/redeem", token, redeem);
        assertThat(redeemed.uri().getPath()).isEqualTo("/account/club");
        assertThat(redeemed.body()).contains("Reward redeemed.", "+$1.00");
        assertThat(availablePoints(redeemed.body())).isZero();
        // The same form sent again (a double click, a reload) redeems nothing more, and says nothing went wrong.
        HttpResponse<String> again = member.post("/account/club/redeem", token, redeem);
        assertThat(again.body()).contains("Reward redeemed.");
        assertThat(again.body().split("\\+\\$1\\.00", -1)).as("one credit entry of 1.00").hasSize(2);

        Map<String, String> unknown = new LinkedHashMap<String, String>();
        unknown.put("rewardId", "999999");
        unknown.put("requestKey", "abcdefgh-1");
        assertThat(member.post("/account/club/redeem", token, unknown).body())
                .doesNotContain("Reward redeemed.");
    }

    @Test
    void cartAndCheckoutFormsShowTheirErrorsNextToTheField(DemoShop shop) throws Exception {
        Browser member = register(shop, "fields@example.com");
        HttpResponse<String> product = member.get("/coffee/ethiopia-yirgacheffe");
        Map<String, String> add = new LinkedHashMap<String, String>();
        add.put("productId", attribute(product.body(), "name=\"productId\" value=\""));
        add.put("quantity", "2");
        HttpResponse<String> cart = member.post("/cart/add", csrf(product.body()), add);
        assertThat(cart.body()).contains("You will earn 32 points with this order", "<details", "id=\"loyalty-code-form\"");

        HttpResponse<String> checkout = member.get("/checkout");
        assertThat(checkout.body()).contains("You will earn 32 points with this order", "id=\"loyalty-points-form\"",
                "id=\"loyalty-credit-form\"", "From 100 points, in steps of 100, up to 50% of the order");

        HttpResponse<String> refused = post(member, checkout, "/loyalty/cart/points", "points", "lots");
        assertThat(refused.uri().getPath()).isEqualTo("/checkout");
        assertThat(errorOf(refused.body(), "points")).isEqualTo("Enter a whole number of points.");
        assertThat(refused.body()).doesNotContain("id=\"loyalty-credit-error\"", "id=\"loyalty-code-error\"");
        refused = post(member, refused, "/loyalty/cart/points", "points", "100");
        assertThat(errorOf(refused.body(), "points")).isEqualTo("You do not have that many points.");

        refused = post(member, refused, "/loyalty/cart/credit", "amount", "5.00");
        assertThat(errorOf(refused.body(), "credit")).isEqualTo("You do not have that much store credit.");
        assertThat(refused.body()).doesNotContain("id=\"loyalty-points-error\"");

        Map<String, String> code = new LinkedHashMap<String, String>();
        code.put("code", "NO-SUCH-CODE");
        code.put("returnTo", "cart");
        HttpResponse<String> onCart = member.post("/loyalty/cart/code", csrf(refused.body()), code);
        assertThat(onCart.uri().getPath()).isEqualTo("/cart");
        assertThat(errorOf(onCart.body(), "code")).isEqualTo("This code is not valid.");
        // The message is shown once: the next page is clean.
        assertThat(member.get("/cart").body()).doesNotContain("id=\"loyalty-code-error\"");

        // In Persian, the same refusal in Persian, and the page right to left.
        HttpResponse<String> persian = member.get("/checkout?blLocaleCode=fa");
        assertThat(persian.body()).contains("dir=\"rtl\"", "lang=\"fa\"", "\u067e\u0631\u062f\u0627\u062e\u062a \u0628\u0627 \u0627\u0645\u062a\u06cc\u0627\u0632");
        refused = post(member, persian, "/loyalty/cart/points", "points", "\u06f1\u06f0\u06f0");
        assertThat(errorOf(refused.body(), "points")).isEqualTo("\u0627\u06cc\u0646 \u062a\u0639\u062f\u0627\u062f \u0627\u0645\u062a\u06cc\u0627\u0632 \u0646\u062f\u0627\u0631\u06cc\u062f.");
        HttpResponse<String> club = member.get("/account/club");
        assertThat(club.body()).contains("dir=\"rtl\"", "\u0627\u0645\u062a\u06cc\u0627\u0632 \u0642\u0627\u0628\u0644 \u062e\u0631\u062c", "\u06f5\u06f0");
        member.get("/?blLocaleCode=en_US");
        assertThat(member.get("/account/club").body()).contains("dir=\"ltr\"", "Points to spend");
    }

    private static HttpResponse<String> post(Browser member, HttpResponse<String> page, String path, String field,
            String value) throws Exception {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put(field, value);
        fields.put("returnTo", "checkout");
        return member.post(path, csrf(page.body()), fields);
    }

    private static String errorOf(String page, String field) {
        Matcher error = Pattern.compile("id=\"loyalty-" + field + "-error\"[^>]*>([^<]+)<").matcher(page);
        assertThat(error.find()).as("an error next to the " + field + " field").isTrue();
        return error.group(1);
    }

    static long availablePoints(String myClub) {
        Matcher matcher = AVAILABLE.matcher(myClub);
        assertThat(matcher.find()).as("the points to spend on My Club").isTrue();
        return Long.parseLong(matcher.group(1).replace(",", "").trim());
    }

    static Browser signIn(DemoShop shop, String email, String password) throws Exception {
        Browser browser = new Browser(shop.baseUrl());
        HttpResponse<String> login = browser.get("/login");
        Map<String, String> credentials = new LinkedHashMap<String, String>();
        credentials.put("j_username", email);
        credentials.put("j_password", password);
        browser.post("/login_post.htm", csrf(login.body()), credentials);
        return browser;
    }

    private static Browser register(DemoShop shop, String email) throws Exception {
        Browser browser = new Browser(shop.baseUrl());
        HttpResponse<String> form = browser.get("/register");
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("customer.firstName", "Field");
        fields.put("customer.lastName", "Tester");
        fields.put("customer.emailAddress", email);
        fields.put("password", "secret123");
        fields.put("passwordConfirm", "secret123");
        browser.post("/register", csrf(form.body()), fields);
        return browser;
    }

    private static long count(DemoShop shop, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(shop.jdbcUrl(), "SA", "");
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
