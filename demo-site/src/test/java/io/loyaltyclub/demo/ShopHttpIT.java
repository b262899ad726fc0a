package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo shop over plain HTTP, as a shopper and as the shop's admin: browse, add to the cart, sign in,
 * check out with "Pay on delivery (demo)", find the order in the account, then find it in the admin.
 * Pages are checked by their content: Broadleaf's admin answers 200 with its login page when not signed in.
 */
@ExtendWith(RunningShop.class)
class ShopHttpIT {

    static final Pattern CSRF = Pattern.compile("name=\"csrfToken\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ORDER_NUMBER = Pattern.compile("id=\"order-number\">([^<]+)<");

    @Test
    void shopperBuysAndTheAdminSeesTheOrder(DemoShop shop) throws Exception {
        Browser shopper = new Browser(shop.baseUrl());

        HttpResponse<String> home = shopper.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Roastery", "Coffee", "Tea", "Brewing Gear", "House Blend");

        HttpResponse<String> category = shopper.get("/coffee");
        assertThat(category.statusCode()).isEqualTo(200);
        assertThat(category.body()).contains("Ethiopia Yirgacheffe", "Colombia Huila", "Decaf Swiss Water");

        HttpResponse<String> product = shopper.get("/coffee/ethiopia-yirgacheffe");
        assertThat(product.statusCode()).isEqualTo(200);
        assertThat(product.body()).contains("Ethiopia Yirgacheffe", "$16.00", "/img/products/ethiopia-yirgacheffe.svg", "Add to cart");
        assertThat(shopper.get("/img/products/ethiopia-yirgacheffe.svg").body()).startsWith("<svg");

        // Added as a guest; the cart follows the shopper when they sign in.
        String productId = attribute(product.body(), "name=\"productId\" value=\"");
        Map<String, String> add = new LinkedHashMap<String, String>();
        add.put("productId", productId);
        add.put("quantity", "1");
        HttpResponse<String> cart = shopper.post("/cart/add", csrf(product.body()), add);
        assertThat(cart.uri().getPath()).isEqualTo("/cart");
        assertThat(cart.body()).contains("Ethiopia Yirgacheffe", "$16.00", "id=\"loyalty-club-slot\"");

        // Change the quantity, add a second product and take it out again.
        Map<String, String> update = new LinkedHashMap<String, String>();
        update.put("orderItemId", attribute(cart.body(), "name=\"orderItemId\" value=\""));
        update.put("productId", productId);
        update.put("quantity", "2");
        cart = shopper.post("/cart/update", csrf(cart.body()), update);
        assertThat(cart.body()).contains("id=\"cart-total\">$32.00<");
        HttpResponse<String> tea = shopper.get("/tea/sencha");
        Map<String, String> addTea = new LinkedHashMap<String, String>();
        addTea.put("productId", attribute(tea.body(), "name=\"productId\" value=\""));
        addTea.put("quantity", "1");
        cart = shopper.post("/cart/add", csrf(tea.body()), addTea);
        assertThat(cart.body()).contains("Sencha Green", "id=\"cart-total\">$41.50<");
        String teaLine = cart.body().substring(cart.body().indexOf("Sencha Green"));
        Map<String, String> remove = new LinkedHashMap<String, String>();
        remove.put("orderItemId", attribute(teaLine, "name=\"orderItemId\" value=\""));
        cart = shopper.post("/cart/remove", csrf(cart.body()), remove);
        assertThat(cart.body()).doesNotContain("Sencha Green").contains("id=\"cart-total\">$32.00<");

        HttpResponse<String> login = shopper.get("/login");
        Map<String, String> credentials = new LinkedHashMap<String, String>();
        credentials.put("j_username", "shopper@example.com");
        credentials.put("j_password", "demo1234");
        HttpResponse<String> account = shopper.post("/login_post.htm", csrf(login.body()), credentials);
        assertThat(account.uri().getPath()).isEqualTo("/account");
        assertThat(account.body()).contains("Hello, Dana", "Your orders", "data-loyalty-page=\"account\"");
        int pastOrders = count(account.body(), "class=\"order-row\"");
        assertThat(pastOrders).as("seeded past orders").isGreaterThanOrEqualTo(3);

        HttpResponse<String> checkout = shopper.get("/checkout");
        assertThat(checkout.statusCode()).isEqualTo(200);
        assertThat(checkout.body()).contains("Checkout", "Ethiopia Yirgacheffe", "Pay on delivery (demo)", "data-loyalty-page=\"checkout\"");

        HttpResponse<String> confirmation = shopper.post("/checkout/complete", csrf(checkout.body()), new LinkedHashMap<String, String>());
        assertThat(confirmation.uri().getPath()).startsWith("/confirmation/");
        assertThat(confirmation.body()).contains("Thank you for your order", "Ethiopia Yirgacheffe");
        Matcher number = ORDER_NUMBER.matcher(confirmation.body());
        assertThat(number.find()).as("order number on the confirmation page").isTrue();
        String orderNumber = number.group(1).trim();

        // The club is installed: its checkout activity recorded the order (two bags of coffee).
        assertThat(clubOrderQuantity(shop, orderNumber)).as("the club's record of the order").isEqualTo(2);

        HttpResponse<String> history = shopper.get("/account");
        assertThat(history.body()).contains(orderNumber);
        assertThat(count(history.body(), "class=\"order-row\"")).isEqualTo(pastOrders + 1);
        assertThat(shopper.get("/cart").body()).contains("Your cart is empty");

        // My Club: the points of the seeded orders and of this one are pending for the return window.
        assertThat(history.body()).contains("href=\"/account/club\"");
        HttpResponse<String> myClub = shopper.get("/account/club");
        assertThat(myClub.statusCode()).isEqualTo(200);
        assertThat(myClub.body()).contains("Points pending", "Earned with an order");
        Matcher pending = Pattern.compile("club-pending\"><span>[^<]*</span>\\s*<strong>([0-9,]+)</strong>")
                .matcher(myClub.body());
        assertThat(pending.find()).as("the pending points on My Club").isTrue();
        assertThat(Integer.parseInt(pending.group(1).replace(",", ""))).isPositive();
        assertThat(count(myClub.body(), "Earned with an order")).isEqualTo(pastOrders + 1);
        // Store credit: the seeded welcome credit, and 5 % cash-back on every order, pending for the return window.
        assertThat(myClub.body()).contains("Credit to spend at checkout", "Adjusted by the shop", "+$10.00");
        assertThat(count(myClub.body(), "Cash-back on an order")).isEqualTo(pastOrders + 1);
        assertThat(new Browser(shop.baseUrl()).get("/account/club").uri().getPath())
                .as("a guest is sent to sign in").isEqualTo("/login");

        // The admin: the login page answers, the admin signs in and opens the order.
        Browser admin = new Browser(shop.baseUrl());
        HttpResponse<String> adminLogin = admin.get("/admin/login");
        assertThat(adminLogin.statusCode()).isEqualTo(200);
        assertThat(adminLogin.body()).contains("j_username", "j_password", "login_admin_post");
        assertThat(admin.get("/admin/order").body()).as("not signed in yet").contains("login_admin_post");

        Map<String, String> adminCredentials = new LinkedHashMap<String, String>();
        adminCredentials.put("j_username", "admin");
        adminCredentials.put("j_password", "admin");
        HttpResponse<String> signedIn = admin.post("/admin/login_admin_post", csrf(adminLogin.body()), adminCredentials);
        assertThat(signedIn.body()).doesNotContain("login_admin_post").contains("Loyalty Club");

        HttpResponse<String> orders = admin.get("/admin/order");
        assertThat(orders.body()).contains(orderNumber);
        String orderId = orderIdInList(orders.body(), orderNumber);
        HttpResponse<String> order = admin.get("/admin/order/" + orderId);
        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(order.body()).contains(orderNumber, "Ethiopia Yirgacheffe", "shopper@example.com");

        HttpResponse<String> club = admin.get("/admin/loyalty-club");
        assertThat(club.body()).contains("Loyalty Club", "The program today", "Members", "Outstanding liability",
                "Orders that earned points");
    }

    @Test
    void aNewShopperRegisters(DemoShop shop) throws Exception {
        Browser visitor = new Browser(shop.baseUrl());
        HttpResponse<String> form = visitor.get("/register");
        assertThat(form.body()).contains("Create an account");

        Map<String, String> taken = new LinkedHashMap<String, String>();
        taken.put("customer.firstName", "Dana");
        taken.put("customer.lastName", "Again");
        taken.put("customer.emailAddress", "shopper@example.com");
        taken.put("password", "secret123");
        taken.put("passwordConfirm", "secret123");
        HttpResponse<String> refused = visitor.post("/register", csrf(form.body()), taken);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is already an account with this e-mail address");

        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("customer.firstName", "Robin");
        fields.put("customer.lastName", "Newcomer");
        fields.put("customer.emailAddress", "robin@example.com");
        fields.put("password", "secret123");
        fields.put("passwordConfirm", "secret123");
        HttpResponse<String> account = visitor.post("/register", csrf(form.body()), fields);
        assertThat(account.uri().getPath()).isEqualTo("/account");
        assertThat(account.body()).contains("Hello, Robin", "No orders yet");
    }

    /**
     * The item quantity the loyalty club recorded for the order, read from its table in the shop's database. The
     * club awards an order on its own executor right after the checkout commits, so this waits a little for it.
     */
    private static int clubOrderQuantity(DemoShop shop, String orderNumber) throws Exception {
        long deadline = System.currentTimeMillis() + 15000;
        try (Connection connection = DriverManager.getConnection(shop.jdbcUrl(), "SA", "");
             PreparedStatement statement = connection.prepareStatement("SELECT c.ITEM_QUANTITY FROM LOY_CLUB_ORDER c "
                     + "JOIN BLC_ORDER o ON o.ORDER_ID = c.ORDER_ID WHERE o.ORDER_NUMBER = ?")) {
            statement.setString(1, orderNumber);
            while (true) {
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next()) {
                        return result.getInt(1);
                    }
                }
                assertThat(System.currentTimeMillis()).as("a LOY_CLUB_ORDER row for order " + orderNumber + " within 15 s")
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    static String attribute(String page, String prefix) {
        int start = page.indexOf(prefix);
        assertThat(start).as(prefix).isGreaterThanOrEqualTo(0);
        start += prefix.length();
        return page.substring(start, page.indexOf('"', start));
    }

    /** The admin's list grid rows carry the entity id in data-link ending in /order/{id}. */
    private static String orderIdInList(String page, String orderNumber) {
        Matcher row = Pattern.compile("data-link=\"[^\"]*/order/(\\d+)\"[^>]*>(?:(?!</tr>).)*" + Pattern.quote(orderNumber),
                Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row for order " + orderNumber + " in the admin's order list").isTrue();
        return row.group(1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** A cookie-keeping HTTP client that follows redirects, like a browser. */
    static final class Browser {
        private final String base;
        private final HttpClient client;

        Browser(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String csrfToken, Map<String, String> fields) throws Exception {
            StringBuilder form = new StringBuilder("csrfToken=").append(encode(csrfToken));
            for (Map.Entry<String, String> field : fields.entrySet()) {
                form.append('&').append(encode(field.getKey())).append('=').append(encode(field.getValue()));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        /** A JSON request to the club's API, with the CSRF token in its header when one is given. */
        HttpResponse<String> json(String method, String path, String body, String csrfToken) throws Exception {
            return json(method, path, body, csrfToken, new String[0]);
        }

        /** The same, with more headers given as name, value, name, value, ... */
        HttpResponse<String> json(String method, String path, String body, String csrfToken, String... headers)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (csrfToken != null) {
                request.header("X-CSRF-Token", csrfToken);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
