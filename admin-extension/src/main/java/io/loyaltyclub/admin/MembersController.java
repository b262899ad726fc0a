package io.loyaltyclub.admin;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;

import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.broadleaf.customer.MemberRow;
import io.loyaltyclub.broadleaf.customer.MemberSearch;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.PointsEntry;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.members.MemberAdjustments;
import io.loyaltyclub.rewards.RedeemedReward;
import io.loyaltyclub.rewards.RewardService;
import io.loyaltyclub.standing.SegmentService;
import io.loyaltyclub.standing.TierService;

/**
 * The club's "Members" section ({@code /loyalty-club/members}): finding a customer, their member page (balances,
 * tier, segments and tags, both ledgers page by page, rewards and codes), manual adjustments and tags. Seeing it
 * needs the section's permission; changing anything needs {@link ClubAdminAccess#canManage()}. Text the customer or
 * an admin typed (names, reasons, tags) is always printed escaped by the templates ({@code th:text}).
 */
@Controller
@RequestMapping("/" + MembersController.SECTION_KEY)
public class MembersController extends AdminAbstractController {

    public static final String SECTION_KEY = "loyalty-club/members";
    public static final String SECTION_URI = "/" + SECTION_KEY;
    static final int SEARCH_PAGE = 25;
    static final int LEDGER_PAGE = 20;
    private static final String NO_ACCESS = "noAccess";

    @Resource(name = "blLoyaltyAdminAccess")
    private ClubAdminAccess access;
    @Resource(name = "blLoyaltyMemberSearch")
    private MemberSearch search;
    @Resource(name = "blLoyaltyMemberAdjustments")
    private MemberAdjustments adjustments;
    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger pointsLedger;
    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger creditLedger;
    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;
    @Resource(name = "blLoyaltySegmentService")
    private SegmentService segments;
    @Resource(name = "blLoyaltyRewardService")
    private RewardService rewards;
    @Resource(name = "blLoyaltyCodeStore")
    private CodeStore codes;

    @RequestMapping(method = RequestMethod.GET)
    public String find(Model model, @RequestParam(value = "q", required = false) String query,
            @RequestParam(value = "after", required = false) Long after) {
        if (!access.canView(SECTION_URI)) {
            return NO_ACCESS;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("q", query == null ? "" : query);
        try {
            List<MemberRow> page = search.search(query, after == null ? 0 : after, SEARCH_PAGE + 1);
            boolean more = page.size() > SEARCH_PAGE;
            List<MemberRow> shown = more ? page.subList(0, SEARCH_PAGE) : page;
            model.addAttribute("members", shown);
            model.addAttribute("nextAfter", more ? shown.get(SEARCH_PAGE - 1).getCustomerId() : null);
        } catch (LoyaltyException refused) {
            model.addAttribute("members", Collections.emptyList());
            model.addAttribute("searchError", refused.getMessage());
        }
        model.addAttribute("viewType", "loyaltyClub/members");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{customerId}", method = RequestMethod.GET)
    public String member(Model model, @PathVariable("customerId") long customerId,
            @RequestParam(value = "pointsBefore", required = false) Long pointsBefore,
            @RequestParam(value = "creditBefore", required = false) Long creditBefore) {
        if (!access.canView(SECTION_URI)) {
            return NO_ACCESS;
        }
        return memberPage(model, customerId, pointsBefore, creditBefore);
    }

    @RequestMapping(value = "/{customerId}/adjust", method = RequestMethod.POST)
    public String adjust(Model model, RedirectAttributes redirect, @PathVariable("customerId") long customerId,
            @RequestParam(value = "ledger", required = false) String ledger,
            @RequestParam(value = "direction", required = false) String direction,
            @RequestParam(value = "amount", required = false) String amount,
            @RequestParam(value = "reason", required = false) String reason,
            @RequestParam(value = "token", required = false) String token) {
        if (!access.canView(SECTION_URI) || !access.canManage()) {
            return NO_ACCESS;
        }
        try {
            requireMember(customerId);
            MemberAdjustments.Outcome outcome = "credit".equals(ledger)
                    ? adjustments.adjustCredit(customerId, direction, amount, reason, access.currentAdminName(), token)
                    : adjustments.adjustPoints(customerId, direction, amount, reason, access.currentAdminName(), token);
            redirect.addFlashAttribute("notice", outcome.getMessage());
            return "redirect:" + SECTION_URI + "/" + customerId;
        } catch (LoyaltyException refused) {
            // The form comes back with what was typed and the same token, so sending it again still books once.
            Map<String, String> typed = new HashMap<String, String>();
            typed.put("ledger", "credit".equals(ledger) ? "credit" : "points");
            typed.put("direction", direction);
            typed.put("amount", amount);
            typed.put("reason", reason);
            model.addAttribute("adjustment", typed);
            model.addAttribute("formToken", token);
            model.addAttribute("adjustError", refused.getMessage());
            return memberPage(model, customerId, null, null);
        }
    }

    @RequestMapping(value = "/{customerId}/tags", method = RequestMethod.POST)
    public String tag(Model model, RedirectAttributes redirect, @PathVariable("customerId") long customerId,
            @RequestParam(value = "tag", required = false) String tag,
            @RequestParam(value = "remove", required = false) String remove) {
        if (!access.canView(SECTION_URI) || !access.canManage()) {
            return NO_ACCESS;
        }
        try {
            requireMember(customerId);
            if (remove != null) {
                segments.untag(customerId, remove);
                redirect.addFlashAttribute("notice", "Tag removed.");
            } else {
                segments.tag(customerId, tag, access.currentAdminName());
                redirect.addFlashAttribute("notice", "Tag added.");
            }
            return "redirect:" + SECTION_URI + "/" + customerId;
        } catch (LoyaltyException refused) {
            model.addAttribute("tagError", "invalid_tag".equals(refused.getCode())
                    ? "A tag is 1 to 64 characters." : refused.getMessage());
            return memberPage(model, customerId, null, null);
        }
    }

    private String memberPage(Model model, long customerId, Long pointsBefore, Long creditBefore) {
        MemberRow member = search.member(customerId);
        if (member == null) {
            return "redirect:" + SECTION_URI;
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("member", member);
        model.addAttribute("canManage", access.canManage());
        model.addAttribute("points", pointsLedger.balance(customerId));
        model.addAttribute("credit", creditLedger.balance(customerId));
        model.addAttribute("creditCurrency", adjustments.creditCurrency(customerId));
        model.addAttribute("progress", tiers.progress(customerId));
        model.addAttribute("segments", segments.segmentCodesOf(customerId));
        model.addAttribute("tags", segments.tags(customerId));

        List<PointsEntry> pointsPage = pointsLedger.history(customerId, pointsBefore, LEDGER_PAGE + 1);
        model.addAttribute("pointsEntries", pointsPage.size() > LEDGER_PAGE ? pointsPage.subList(0, LEDGER_PAGE) : pointsPage);
        model.addAttribute("pointsNext", pointsPage.size() > LEDGER_PAGE ? pointsPage.get(LEDGER_PAGE - 1).getId() : null);
        model.addAttribute("pointsPaged", pointsBefore != null);
        List<CreditEntry> creditPage = creditLedger.history(customerId, creditBefore, LEDGER_PAGE + 1);
        model.addAttribute("creditEntries", creditPage.size() > LEDGER_PAGE ? creditPage.subList(0, LEDGER_PAGE) : creditPage);
        model.addAttribute("creditNext", creditPage.size() > LEDGER_PAGE ? creditPage.get(LEDGER_PAGE - 1).getId() : null);
        model.addAttribute("creditPaged", creditBefore != null);

        List<RedeemedReward> redeemed = rewards.redeemedBy(customerId);
        Map<Long, String> rewardNames = new HashMap<Long, String>();
        for (RedeemedReward reward : redeemed) {
            long rewardId = reward.getRedemption().getRewardId();
            if (!rewardNames.containsKey(rewardId)) {
                rewardNames.put(rewardId, rewards.reward(rewardId).getName());
            }
        }
        model.addAttribute("rewards", redeemed);
        model.addAttribute("rewardNames", rewardNames);
        model.addAttribute("codes", codes.codesOf(customerId));
        model.addAttribute("now", new Date());

        if (!model.containsAttribute("formToken")) {
            model.addAttribute("formToken", UUID.randomUUID().toString());
        }
        model.addAttribute("viewType", "loyaltyClub/member");
        return "modules/defaultContainer";
    }

    private void requireMember(long customerId) {
        if (search.member(customerId) == null) {
            throw new LoyaltyException("unknown_customer", "There is no such customer.");
        }
    }
}
