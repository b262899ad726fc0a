package io.loyaltyclub.demo.admin;

import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The admin's "Loyalty Club" section ({@code /admin/loyalty-club}, menu rows in {@code demo-admin-seed.sql}).
 * For now it shows where the club's admin screens will appear; the club's admin extension fills it in.
 */
@Controller
@RequestMapping("/" + LoyaltyClubAdminController.SECTION_KEY)
public class LoyaltyClubAdminController extends AdminAbstractController {

    public static final String SECTION_KEY = "loyalty-club";

    @RequestMapping(method = RequestMethod.GET)
    public String overview(HttpServletRequest request, Model model) {
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        AdminSection section = adminNavigationService.findAdminSectionByURI("/" + SECTION_KEY);
        if (user == null || section == null || !adminNavigationService.isUserAuthorizedToViewSection(user, section)) {
            return "noAccess";
        }
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "loyaltyClub/overview");
        return "modules/defaultContainer";
    }
}
