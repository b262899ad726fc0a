package io.loyaltyclub.admin;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.loyaltyclub.audit.AdminAudit;

/** The audit log ({@code /loyalty-club/audit}): every change made in the club's screens, newest first, by pages. */
@Controller
@RequestMapping(AuditLogScreen.SECTION)
public class AuditLogScreen extends ClubAdminScreen {

    public static final String SECTION = "/loyalty-club/audit";
    static final int PAGE_SIZE = 25;

    @Resource(name = "blLoyaltyAdminAudit")
    private AdminAudit log;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "page", defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        if (!access.canView(SECTION)) {
            return refuse(response);
        }
        long total = log.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("entries", log.page(shown, PAGE_SIZE));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        return page(model, "loyaltyClub/auditLog", "Audit log");
    }
}
