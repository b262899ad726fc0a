package io.loyaltyclub.storefront;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.PointsEntry;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.program.ProgramService;

/**
 * "My Club" on the account pages ({@code /account/club}): the signed-in member's points (available, pending, with
 * the lifetime figures) and their history, newest first, a page at a time; their store credit and its latest
 * entries, with the date the rest of each credit expires. Only ever the signed-in customer's
 * own account; a guest is sent to sign in. The view is {@code loyalty/myClub}: the club ships one in
 * {@code webTemplates/loyalty/}, a shop replaces it by putting its own in {@code /WEB-INF/templates/loyalty/}.
 */
@Controller
@RequestMapping("/account/club")
public class MyClubController {

    static final int PAGE_SIZE = 20;
    static final int CREDIT_ENTRIES = 10;

    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger ledger;

    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger credit;

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @RequestMapping(method = RequestMethod.GET)
    public String myClub(@RequestParam(value = "before", required = false) String before, Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || customer.isAnonymous() || customer.getId() == null) {
            return "redirect:/login";
        }
        Long olderThan = cursor(before);
        List<PointsEntry> entries = ledger.history(customer.getId(), olderThan, PAGE_SIZE);
        model.addAttribute("clubName", program.settings().getClubName());
        model.addAttribute("balance", ledger.balance(customer.getId()));
        model.addAttribute("entries", entries);
        model.addAttribute("credit", credit.balance(customer.getId()));
        model.addAttribute("creditEntries", credit.history(customer.getId(), null, CREDIT_ENTRIES));
        model.addAttribute("olderPage", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).getId() : null);
        return "loyalty/myClub";
    }

    /** The history page's cursor: an entry id; anything else starts from the newest. */
    private static Long cursor(String before) {
        if (before == null || !before.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(before);
    }

    /** For the template: how a store-credit entry reads in the member's history. */
    public static String describe(CreditEntry entry) {
        switch (entry.getType()) {
            case ISSUE:
                return entry.getOrderId() != null ? "Cash-back on an order" : "Store credit given";
            case SPEND:
                return "Paid with store credit";
            case REFUND:
                return "Given back (refund or cancelled checkout)";
            case REVOKE:
                return "Taken back (return or cancellation)";
            case RELEASE:
                return "Became available";
            case EXPIRE:
                return "Expired";
            case ADJUST:
                return "Adjusted by the shop";
            default:
                throw new LoyaltyException("unknown_entry_type", "unknown entry type " + entry.getType());
        }
    }

    /** For the template: an amount of store credit at its currency's scale (2 decimals when there is no account yet). */
    public static String money(BigDecimal amount, String currencyCode) {
        int scale = currencyCode == null ? 2 : Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0000000000".substring(0, scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format((amount == null ? BigDecimal.ZERO : amount).setScale(scale, RoundingMode.DOWN));
    }

    /** For the template: when the rest of a store-credit lot expires, or null when it has none left or never does. */
    public static Date expiresOn(CreditEntry entry) {
        return entry.isLot() && entry.getRemaining() != null && entry.getRemaining().signum() > 0 ? entry.getExpiresAt() : null;
    }

    /** For the template: how an entry reads in the member's history. */
    public static String describe(PointsEntry entry) {
        switch (entry.getType()) {
            case EARN:
                return entry.getOrderId() != null ? "Earned with an order" : "Earned";
            case RELEASE:
                return "Became available";
            case REDEEM:
                return "Spent";
            case EXPIRE:
                return "Expired";
            case ADJUST:
                return "Adjusted by the shop";
            case REVERSE:
                return "Taken back (return or cancellation)";
            default:
                throw new LoyaltyException("unknown_entry_type", "unknown entry type " + entry.getType());
        }
    }
}
