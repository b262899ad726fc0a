package io.loyaltyclub.storefront;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.PointsBalance;
import io.loyaltyclub.ledger.PointsEntry;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.PointsOutlook;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.RequestMemo;
import io.loyaltyclub.rewards.CatalogueEntry;
import io.loyaltyclub.rewards.PunchCardService;
import io.loyaltyclub.rewards.RewardService;
import io.loyaltyclub.rewards.rules.RewardAvailability;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.tier.Tier;
import io.loyaltyclub.tier.TierLadder;
import io.loyaltyclub.tier.TierProgress;

/**
 * "My Club" on the account pages ({@code /account/club}): the signed-in member's points (available, pending with
 * the date each pending amount becomes available, expiring in the next {@value #EXPIRING_DAYS} days, the
 * lifetime figures) and their history, newest first, a page at a time; their tier with the progress to the next
 * one and both tiers' benefits; the rewards they can redeem (and how many points the others still need); their
 * codes, punch cards and referral link; their store credit and its latest entries, with the date the rest of
 * each credit expires. Only ever the signed-in customer's own account; a guest is sent to sign in. The view is
 * {@code loyalty/myClub}: the club ships one in {@code webTemplates/loyalty/}, a shop replaces it by putting its
 * own in {@code /WEB-INF/templates/loyalty/}.
 */
@Controller
@RequestMapping("/account/club")
public class MyClubController {

    static final int PAGE_SIZE = 20;
    static final int CREDIT_ENTRIES = 10;
    static final int EXPIRING_DAYS = 30;
    /** Flash attributes of a redemption: its outcome message, or its refusal. */
    static final String REDEEMED = "loyaltyRedeemed";
    static final String REDEEM_ERROR = "loyaltyRedeemError";

    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger ledger;

    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger credit;

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @Resource(name = "blLoyaltyPointsOutlook")
    private PointsOutlook outlook;

    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;

    @Resource(name = "blLoyaltyRewardService")
    private RewardService rewards;

    @Resource(name = "blLoyaltyCodeStore")
    private CodeStore codes;

    @Resource(name = "blLoyaltyPunchCardService")
    private PunchCardService punchCards;

    @Resource(name = "messageSource")
    private MessageSource messageSource;

    @Resource(name = "blLoyaltyClock")
    private Clock clock;

    @RequestMapping(method = RequestMethod.GET)
    public String myClub(@RequestParam(value = "before", required = false) String before, HttpServletRequest request,
            Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || customer.isAnonymous() || customer.getId() == null) {
            return "redirect:/login";
        }
        long id = customer.getId();
        Long olderThan = cursor(before);
        List<PointsEntry> entries = ledger.history(id, olderThan, PAGE_SIZE);
        PointsBalance balance = ledger.balance(id);
        model.addAttribute("clubName", RequestMemo.settings(program).getClubName());
        model.addAttribute("balance", balance);
        model.addAttribute("pendingReleases", outlook.pendingReleases(id));
        List<PointsOutlook.Dated> expiring = outlook.expiringWithin(id, EXPIRING_DAYS);
        model.addAttribute("expiring", expiring);
        model.addAttribute("expiringTotal", PointsOutlook.total(expiring));
        model.addAttribute("expiringDays", EXPIRING_DAYS);
        model.addAttribute("entries", entries);
        model.addAttribute("firstPage", olderThan == null);
        model.addAttribute("credit", credit.balance(id));
        model.addAttribute("creditEntries", credit.history(id, null, CREDIT_ENTRIES));
        model.addAttribute("olderPage", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).getId() : null);
        TierLadder ladder = tiers.ladder();
        TierProgress progress = ladder.isEmpty() ? null : tiers.progress(id);
        model.addAttribute("tierProgress", progress);
        model.addAttribute("tiers", ladder.getTiers());
        model.addAttribute("rewards", rewardOffers(rewards.catalogue(id), balance.getAvailable()));
        model.addAttribute("redeemKey", UUID.randomUUID().toString());
        model.addAttribute("codes", codesByStatus(codes.codesOf(id), clock.instant()));
        model.addAttribute("punchCards", punchCards.progress(id));
        model.addAttribute("referralLink", shopUrl(request) + "/club/join?ref=" + ReferralCode.of(id));
        return "loyalty/myClub";
    }

    /**
     * Redeems a reward for the member's points. {@code requestKey} comes from the page, so sending the same form
     * twice (a double click, a reload) redeems once.
     */
    @RequestMapping(value = "/redeem", method = RequestMethod.POST)
    public String redeem(@RequestParam("rewardId") String rewardId, @RequestParam("requestKey") String requestKey,
            Locale locale, RedirectAttributes redirect) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || customer.isAnonymous() || customer.getId() == null) {
            return "redirect:/login";
        }
        ClubMessages messages = new ClubMessages(messageSource);
        try {
            if (!rewardId.matches("[1-9][0-9]{0,17}") || !requestKey.matches("[A-Za-z0-9-]{8,64}")) {
                throw new LoyaltyException("unknown_reward", "There is no such reward.");
            }
            rewards.redeem(customer.getId(), Long.parseLong(rewardId),
                    "storefront:" + customer.getId() + ":" + requestKey);
            redirect.addFlashAttribute(REDEEMED, messages.text("loyalty.rewards.redeemed", locale));
        } catch (LoyaltyException refused) {
            Map<String, String> error = new LinkedHashMap<String, String>();
            error.put(rewardId, messages.refusal(refused, locale));
            redirect.addFlashAttribute(REDEEM_ERROR, error);
        }
        return "redirect:/account/club#club-rewards";
    }

    /** A reward on the page: redeemable now or not, and the points still missing when that is the reason. */
    public static final class RewardOffer {
        private final CatalogueEntry entry;
        private final long missingPoints;

        RewardOffer(CatalogueEntry entry, long missingPoints) {
            this.entry = entry;
            this.missingPoints = missingPoints;
        }

        public CatalogueEntry getEntry() {
            return entry;
        }

        public long getMissingPoints() {
            return missingPoints;
        }
    }

    static List<RewardOffer> rewardOffers(List<CatalogueEntry> catalogue, long availablePoints) {
        List<RewardOffer> offers = new ArrayList<RewardOffer>();
        for (CatalogueEntry entry : catalogue) {
            boolean short_ = RewardAvailability.INSUFFICIENT_POINTS.equals(entry.getUnavailableBecause());
            offers.add(new RewardOffer(entry, short_ ? Math.max(entry.getReward().getPointsPrice() - availablePoints, 1) : 0));
        }
        return offers;
    }

    /** The member's codes under "active", "used" and "expired" (in that order; each newest first). */
    static Map<String, List<ClubCode>> codesByStatus(List<ClubCode> codes, Instant now) {
        Map<String, List<ClubCode>> byStatus = new LinkedHashMap<String, List<ClubCode>>();
        byStatus.put("active", new ArrayList<ClubCode>());
        byStatus.put("used", new ArrayList<ClubCode>());
        byStatus.put("expired", new ArrayList<ClubCode>());
        for (ClubCode code : codes) {
            String status = code.usedUp() ? "used" : code.expiredAt(now) ? "expired" : "active";
            byStatus.get(status).add(code);
        }
        return byStatus;
    }

    /** The tier after {@code tier} on the ladder (the first one for none), or null at the top. */
    public static Tier tierAfter(List<Tier> ladder, Tier tier) {
        if (tier == null) {
            return ladder.isEmpty() ? null : ladder.get(0);
        }
        for (int i = 0; i < ladder.size() - 1; i++) {
            if (ladder.get(i).getCode().equals(tier.getCode())) {
                return ladder.get(i + 1);
            }
        }
        return null;
    }

    /** The message key of how an entry reads in the member's history. */
    public static String entryKey(PointsEntry entry) {
        return "loyalty.entry." + entry.getType().name().toLowerCase(Locale.ROOT)
                + (entry.getType() == io.loyaltyclub.ledger.EntryType.EARN && entry.getOrderId() != null ? ".order" : "");
    }

    /** The message key of how a store-credit entry reads in the member's history. */
    public static String creditEntryKey(CreditEntry entry) {
        return "loyalty.credit.entry." + entry.getType().name().toLowerCase(Locale.ROOT)
                + (entry.getType() == io.loyaltyclub.credit.CreditEntryType.ISSUE && entry.getOrderId() != null ? ".order" : "");
    }

    private static String shopUrl(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
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
