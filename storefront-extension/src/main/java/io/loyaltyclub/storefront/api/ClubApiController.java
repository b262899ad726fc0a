package io.loyaltyclub.storefront.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.databind.JsonNode;

import io.loyaltyclub.api.MemberOverview;
import io.loyaltyclub.api.MemberOverview.ExpiringLot;
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
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.RequestMemo;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.storefront.MyClubController;
import io.loyaltyclub.tier.TierProgress;

/**
 * The club's JSON API for headless storefronts ({@code /loyalty/api/...}), always about the signed-in customer
 * (there is no customer id in any path: nobody can ask for another's data). Every request that changes something
 * (POST, DELETE) must carry Broadleaf's CSRF token in the {@value #CSRF_HEADER} header ({@code GET /me} gives it):
 * a header another site's page cannot set. Errors are {@code {"error": {"code", "message"}}}.
 */
@Controller
@RequestMapping(value = "/loyalty/api")
public class ClubApiController extends ClubApiSupport {

    static final int MAX_PAGE = 100;
    /** How far ahead {@code expiringSoon} looks. */
    static final int EXPIRING_DAYS = 30;

    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger points;
    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger credit;
    @Resource(name = "blLoyaltyCartClubPayments")
    private CartClubPayments cartPayments;
    @Resource(name = "blLoyaltyOrderPointsService")
    private OrderPointsService orderPoints;
    @Resource(name = "blLoyaltyClock")
    private Clock clock;
    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;
    @Resource(name = "blLoyaltyMemberOverview")
    private MemberOverview overview;
    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

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
        body.put("expiringSoon", expiringSoon(customer.getId()));
        body.put("tier", tier(tiers.progress(customer.getId())));
        List<Map<String, Object>> segments = new ArrayList<Map<String, Object>>();
        for (String[] segment : overview.segments(customer.getId())) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("code", segment[0]);
            row.put("name", segment[1]);
            segments.add(row);
        }
        body.put("segments", segments);
        body.put("csrfToken", csrfToken());
        return ok(body);
    }

    private Map<String, Object> expiringSoon(long customerId) {
        List<ExpiringLot> lots = overview.expiringWithin(customerId, EXPIRING_DAYS, RequestMemo.settings(program).zone());
        Map<String, Object> expiring = new LinkedHashMap<String, Object>();
        expiring.put("days", EXPIRING_DAYS);
        expiring.put("points", ExpiringLot.total(lots));
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (ExpiringLot lot : lots) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("points", lot.getPoints());
            row.put("lastDay", lot.getLastDay().toString());
            row.put("expiresAt", lot.getExpiresAt().toString());
            rows.add(row);
        }
        expiring.put("lots", rows);
        return expiring;
    }

    /** The member's tier, the next one and what is missing for it, and what keeps the current one. */
    private static Map<String, Object> tier(TierProgress progress) {
        Map<String, Object> tier = new LinkedHashMap<String, Object>();
        tier.put("code", progress.getCurrent() == null ? null : progress.getCurrent().getCode());
        tier.put("name", progress.getCurrent() == null ? null : progress.getCurrent().getName());
        tier.put("locked", progress.isLocked());
        tier.put("metric", progress.getMetric() == null ? null : progress.getMetric().name().toLowerCase());
        Map<String, Object> next = null;
        if (progress.getNext() != null) {
            next = new LinkedHashMap<String, Object>();
            next.put("code", progress.getNext().getCode());
            next.put("name", progress.getNext().getName());
            next.put("missing", progress.getMissingForNext().toPlainString());
            next.put("by", progress.getNextBy() == null ? null : progress.getNextBy().toString());
            next.put("description", progress.describeNext());
        }
        tier.put("next", next);
        Map<String, Object> keep = null;
        if (progress.getCurrent() != null) {
            keep = new LinkedHashMap<String, Object>();
            keep.put("keptThrough", progress.getKeptThrough() == null ? null : progress.getKeptThrough().toString());
            keep.put("missing", progress.getMissingToKeep() == null ? null : progress.getMissingToKeep().toPlainString());
            keep.put("by", progress.getKeepBy() == null ? null : progress.getKeepBy().toString());
            keep.put("description", progress.describeKeep());
        }
        tier.put("keep", keep);
        return tier;
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

}
