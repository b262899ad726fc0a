package io.loyaltyclub.storefront.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.broadleaf.checkout.OrderSnapshots;
import io.loyaltyclub.broadleaf.payment.CartClubPayments;
import io.loyaltyclub.broadleaf.payment.ClubPaymentGateway;
import io.loyaltyclub.broadleaf.payment.PointsPaymentGateway;
import io.loyaltyclub.broadleaf.payment.StoreCreditGateway;
import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.credit.CreditBalance;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.earning.BreakdownItem;
import io.loyaltyclub.earning.EarningBreakdown;
import io.loyaltyclub.ledger.PointsBalance;
import io.loyaltyclub.ledger.PointsEntry;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.storefront.MyClubController;

/**
 * The club's JSON API for headless storefronts ({@code /loyalty/api/...}), always about the signed-in customer
 * (there is no customer id in any path: nobody can ask for another's data). Every request that changes something
 * (POST, DELETE) must carry Broadleaf's CSRF token in the {@value #CSRF_HEADER} header ({@code GET /me} gives it):
 * a header another site's page cannot set. Errors are {@code {"error": {"code", "message"}}}.
 */
@Controller
@RequestMapping(value = "/loyalty/api")
public class ClubApiController {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final int MAX_PAGE = 100;

    private final ObjectMapper json = new ObjectMapper();

    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger points;
    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger credit;
    @Resource(name = "blLoyaltyCartClubPayments")
    private CartClubPayments cartPayments;
    @Resource(name = "blLoyaltyOrderPointsService")
    private OrderPointsService orderPoints;
    @Resource(name = "blExploitProtectionService")
    private ExploitProtectionService exploitProtection;
    @Resource(name = "blLoyaltyClock")
    private Clock clock;

    @RequestMapping(value = "/me", method = RequestMethod.GET)
    public ResponseEntity<String> me() throws Exception {
        Customer customer = signedIn();
        PointsBalance balance = points.balance(customer.getId());
        CreditBalance money = credit.balance(customer.getId());
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("customerId", customer.getId());
        Map<String, Object> pts = new LinkedHashMap<String, Object>();
        pts.put("available", balance.getAvailable());
        pts.put("pending", balance.getPending());
        pts.put("lifetimeEarned", balance.getLifetimeEarned());
        body.put("points", pts);
        Map<String, Object> cred = new LinkedHashMap<String, Object>();
        cred.put("available", MyClubController.money(money.getAvailable(), money.getCurrencyCode()).replace(",", ""));
        cred.put("pending", MyClubController.money(money.getPending(), money.getCurrencyCode()).replace(",", ""));
        cred.put("currency", money.getCurrencyCode());
        body.put("credit", cred);
        body.put("csrfToken", exploitProtection.getCSRFToken());
        return ok(body);
    }

    @RequestMapping(value = "/me/ledger", method = RequestMethod.GET)
    public ResponseEntity<String> ledger(@RequestParam(value = "limit", required = false) String limit,
            @RequestParam(value = "after", required = false) String after) throws Exception {
        Customer customer = signedIn();
        int size = parse(limit, 20, 1, MAX_PAGE, "limit");
        Long cursor = after == null || after.isEmpty() ? null : (long) parse(after, 0, 1, Integer.MAX_VALUE, "after");
        List<PointsEntry> entries = points.history(customer.getId(), cursor, size);
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (PointsEntry entry : entries) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("id", entry.getId());
            row.put("type", entry.getType().name().toLowerCase());
            row.put("points", entry.getPoints());
            row.put("description", MyClubController.describe(entry));
            row.put("orderId", entry.getOrderId());
            row.put("createdAt", entry.getCreatedAt().toInstant().toString());
            rows.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("entries", rows);
        body.put("next", entries.size() == size ? entries.get(entries.size() - 1).getId() : null);
        return ok(body);
    }

    @RequestMapping(value = "/cart/preview", method = RequestMethod.GET)
    public ResponseEntity<String> preview() throws Exception {
        signedIn();
        Order cart = currentCart();
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        if (cart == null) {
            body.put("points", 0);
            body.put("breakdown", new ArrayList<Object>());
            return ok(body);
        }
        EarningBreakdown breakdown = orderPoints.preview(OrderSnapshots.of(cart, clock.instant()));
        body.put("points", breakdown.getTotalPoints());
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        for (BreakdownItem item : breakdown.getItems()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("points", item.getPoints());
            row.put("reason", item.getReason());
            items.add(row);
        }
        body.put("breakdown", items);
        return ok(body);
    }

    /** Body {@code {"amount": "12.50"}}, or no amount for all the credit the cart can take. */
    @RequestMapping(value = "/cart/credit", method = RequestMethod.POST)
    public ResponseEntity<String> applyCredit(HttpServletRequest request, @RequestBody(required = false) String body)
            throws Exception {
        Customer customer = changing(request);
        JsonNode amount = read(body).get("amount");
        BigDecimal asked = amount == null || amount.isNull() ? null : decimal(amount);
        return cartPayments(cartPayments.applyCredit(requireCart(), customer, asked));
    }

    @RequestMapping(value = "/cart/credit", method = RequestMethod.DELETE)
    public ResponseEntity<String> removeCredit(HttpServletRequest request) throws Exception {
        Customer customer = changing(request);
        return cartPayments(cartPayments.removeCredit(requireCart(), customer));
    }

    /** Body {@code {"points": 1500}}. */
    @RequestMapping(value = "/cart/points", method = RequestMethod.POST)
    public ResponseEntity<String> applyPoints(HttpServletRequest request, @RequestBody(required = false) String body)
            throws Exception {
        Customer customer = changing(request);
        JsonNode value = read(body).get("points");
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new ApiError("invalid_request", "send {\"points\": <whole number>}", HttpStatus.BAD_REQUEST);
        }
        return cartPayments(cartPayments.applyPoints(requireCart(), customer, value.longValue()));
    }

    @RequestMapping(value = "/cart/points", method = RequestMethod.DELETE)
    public ResponseEntity<String> removePoints(HttpServletRequest request) throws Exception {
        Customer customer = changing(request);
        return cartPayments(cartPayments.removePoints(requireCart(), customer));
    }

    // --- errors ----------------------------------------------------------------------------------------------

    @ExceptionHandler(LoyaltyException.class)
    public ResponseEntity<String> refused(LoyaltyException e) throws IOException {
        return error(ApiError.of(e));
    }

    @ExceptionHandler(ApiError.class)
    public ResponseEntity<String> refused(ApiError e) throws IOException {
        return error(e);
    }

    private ResponseEntity<String> error(ApiError e) throws IOException {
        Map<String, Object> detail = new LinkedHashMap<String, Object>();
        detail.put("code", e.getCode());
        detail.put("message", e.getMessage());
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", detail);
        return new ResponseEntity<String>(json.writeValueAsString(body), headers(), e.getStatus());
    }

    // --- internals -------------------------------------------------------------------------------------------

    private ResponseEntity<String> cartPayments(Order cart) throws IOException {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("total", cart.getTotal().getAmount().toPlainString());
        body.put("credit", amountOf(cart, true));
        body.put("points", amountOf(cart, false));
        body.put("leftToPay", cart.getTotalAfterAppliedPayments().getAmount().toPlainString());
        return ok(body);
    }

    private static Object amountOf(Order cart, boolean credit) {
        OrderPayment payment = CartClubPayments.unconfirmed(cart,
                credit ? StoreCreditGateway.TYPE : PointsPaymentGateway.TYPE);
        if (payment == null) {
            return null;
        }
        Map<String, Object> applied = new LinkedHashMap<String, Object>();
        applied.put("amount", payment.getAmount().getAmount().toPlainString());
        if (!credit) {
            applied.put("points", Long.valueOf(payment.getTransactions().get(0).getAdditionalFields()
                    .get(ClubPaymentGateway.POINTS)));
        }
        return applied;
    }

    private Customer signedIn() {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || customer.isAnonymous() || customer.getId() == null || !customer.isRegistered()) {
            throw new ApiError("sign_in_required", "sign in to use the club", HttpStatus.UNAUTHORIZED);
        }
        return customer;
    }

    /** A request that changes something: signed in, and carrying the session's CSRF token in its header. */
    private Customer changing(HttpServletRequest request) {
        Customer customer = signedIn();
        try {
            exploitProtection.compareToken(request.getHeader(CSRF_HEADER));
        } catch (ServiceException | RuntimeException e) {
            throw new ApiError("csrf_token_invalid", "send the token of GET /loyalty/api/me in the " + CSRF_HEADER
                    + " header", HttpStatus.FORBIDDEN);
        }
        return customer;
    }

    private static Order currentCart() {
        Order cart = CartState.getCart();
        return cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty() ? null : cart;
    }

    private static Order requireCart() {
        Order cart = currentCart();
        if (cart == null) {
            throw new ApiError("empty_cart", "the cart is empty", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return cart;
    }

    private JsonNode read(String body) {
        if (body == null || body.trim().isEmpty()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ApiError("invalid_request", "the body is a JSON object", HttpStatus.BAD_REQUEST);
            }
            return node;
        } catch (IOException e) {
            throw new ApiError("invalid_request", "the body is not valid JSON", HttpStatus.BAD_REQUEST);
        }
    }

    private static BigDecimal decimal(JsonNode amount) {
        try {
            return new BigDecimal(amount.asText());
        } catch (NumberFormatException e) {
            throw new ApiError("invalid_amount", "an amount is a decimal number such as \"12.50\"", HttpStatus.BAD_REQUEST);
        }
    }

    private static int parse(String text, int fallback, int min, int max, String name) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiError("invalid_" + name, name + " is a whole number from " + min + " to " + max, HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<String> ok(Object body) throws IOException {
        return new ResponseEntity<String>(json.writeValueAsString(body), headers(), HttpStatus.OK);
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("application", "json", StandardCharsets.UTF_8));
        headers.setCacheControl("no-store");
        return headers;
    }
}
