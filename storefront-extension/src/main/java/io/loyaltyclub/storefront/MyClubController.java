package io.loyaltyclub.storefront;

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
import io.loyaltyclub.ledger.PointsEntry;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.program.ProgramService;

/**
 * "My Club" on the account pages ({@code /account/club}): the signed-in member's points (available, pending, with
 * the lifetime figures) and their history, newest first, a page at a time. Only ever the signed-in customer's
 * own account; a guest is sent to sign in. The view is {@code loyalty/myClub}: the club ships one in
 * {@code webTemplates/loyalty/}, a shop replaces it by putting its own in {@code /WEB-INF/templates/loyalty/}.
 */
@Controller
@RequestMapping("/account/club")
public class MyClubController {

    static final int PAGE_SIZE = 20;

    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger ledger;

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
