package io.loyaltyclub.admin;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import io.loyaltyclub.metrics.ProgramFiguresService;
import io.loyaltyclub.program.ProgramService;

/**
 * The admin's "Loyalty Club" section ({@code /loyalty-club}): the program's settings at a glance and its headline
 * figures (members, points outstanding and their value, issued, redeemed, expired, orders awarded). Only admins
 * allowed to see the section get it; the others get Broadleaf's refusal page.
 */
@Controller
@RequestMapping("/" + ClubOverviewController.SECTION_KEY)
public class ClubOverviewController extends AdminAbstractController {

    public static final String SECTION_KEY = "loyalty-club";

    @Resource(name = "blLoyaltyProgramFigures")
    private ProgramFiguresService figures;

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @RequestMapping(method = RequestMethod.GET)
    public String overview(HttpServletRequest request, Model model) {
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        AdminSection section = adminNavigationService.findAdminSectionByURI("/" + SECTION_KEY);
        if (user == null || section == null || !adminNavigationService.isUserAuthorizedToViewSection(user, section)) {
            return "noAccess";
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("figures", figures.current());
        model.addAttribute("settings", program.settings());
        model.addAttribute("viewType", "loyaltyClub/overview");
        return "modules/defaultContainer";
    }
}
