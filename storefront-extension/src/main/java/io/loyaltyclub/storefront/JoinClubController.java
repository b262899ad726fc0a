package io.loyaltyclub.storefront;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.RequestMemo;
import io.loyaltyclub.standing.TierService;

/**
 * "Join the club" ({@code /club/join}): what membership gives (the sign-up bonus, points on every order, the tiers
 * and their benefits, from the program's settings) and the way in: register, or sign in. A member is sent to
 * My Club. A referral link's {@code ref} is kept in the session so that registering afterwards records the
 * referral ({@link ReferralRegistration}). The view is {@code loyalty/join}.
 */
@Controller
@RequestMapping("/club/join")
public class JoinClubController {

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;
    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;
    @Resource(name = "blLoyaltyClock")
    private java.time.Clock clock;

    @RequestMapping(method = RequestMethod.GET)
    public String join(@RequestParam(value = "ref", required = false) String ref, HttpSession session, Model model) {
        if (ClubExpression.member() != null) {
            return "redirect:/account/club";
        }
        Long referrer = ReferralCode.customerOf(ref);
        if (referrer != null) {
            session.setAttribute(ReferralRegistration.REFERRER_ATTRIBUTE, referrer);
        }
        model.addAttribute("clubName", RequestMemo.settings(program).getClubName());
        model.addAttribute("signUpBonus", ClubExpression.signUpBonus(program.eventRules(), clock.instant()));
        model.addAttribute("tiers", tiers.ladder().getTiers());
        model.addAttribute("tierMetric", tiers.ladder().getMetric());
        model.addAttribute("referred", referrer != null || session.getAttribute(ReferralRegistration.REFERRER_ATTRIBUTE) != null);
        return "loyalty/join";
    }
}
