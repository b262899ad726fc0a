package io.loyaltyclub.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.loyaltyclub.metrics.MetricsCsv;
import io.loyaltyclub.metrics.ProgramMetrics;
import io.loyaltyclub.metrics.ProgramMetricsService;
import io.loyaltyclub.program.ProgramService;

/**
 * The admin's "Dashboard" of the Loyalty Club ({@code /loyalty-club/dashboard}): the program's metrics for a range
 * of days as charts and tables, and the same figures as CSV ({@code /loyalty-club/dashboard/metrics.csv}). Without
 * dates it shows the last twelve weeks up to today included. A bad range is refused with a message, and no figures.
 */
@Controller
@RequestMapping("/" + ClubDashboardController.SECTION_KEY)
public class ClubDashboardController extends AdminAbstractController {

    public static final String SECTION_KEY = "loyalty-club/dashboard";
    static final int DEFAULT_WEEKS = 12;

    @Resource(name = "blLoyaltyProgramMetrics")
    private ProgramMetricsService metrics;

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @RequestMapping(method = RequestMethod.GET)
    public String dashboard(Model model, @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "currency", required = false) String currency) {
        if (!allowed()) {
            return "noAccess";
        }
        setModelAttributes(model, SECTION_KEY);
        RangeForm form = new RangeForm(from, to, currency == null || currency.trim().isEmpty()
                ? program.settings().getBaseCurrency() : currency.trim());
        model.addAttribute("form", form);
        try {
            model.addAttribute("metrics", metrics.metrics(form.fromDate(), form.toDate(), form.currency));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            model.addAttribute("error", message(e));
        } catch (RuntimeException e) {
            // e.g. a currency without an exchange rate to the base currency
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("viewType", "loyaltyClub/dashboard");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/metrics.csv", method = RequestMethod.GET)
    public void csv(HttpServletResponse response, @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "currency", required = false) String currency) throws IOException {
        if (!allowed()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        RangeForm form = new RangeForm(from, to, currency == null || currency.trim().isEmpty()
                ? program.settings().getBaseCurrency() : currency.trim());
        ProgramMetrics figures;
        try {
            figures = metrics.metrics(form.fromDate(), form.toDate(), form.currency);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, message(e));
            return;
        }
        byte[] body = MetricsCsv.write(figures).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loyalty-metrics-" + figures.getPeriod().getFrom()
                + "-" + figures.getPeriod().getTo() + ".csv\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private boolean allowed() {
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        AdminSection section = adminNavigationService.findAdminSectionByURI("/" + SECTION_KEY);
        return user != null && section != null && adminNavigationService.isUserAuthorizedToViewSection(user, section);
    }

    private static String message(RuntimeException e) {
        return e instanceof DateTimeParseException ? "Dates are written as YYYY-MM-DD, not \""
                + ((DateTimeParseException) e).getParsedString() + "\"." : e.getMessage();
    }

    /** The range as the admin typed it; the end date is the first day not shown (exclusive). */
    public static final class RangeForm {
        private final String from;
        private final String to;
        private final String currency;

        RangeForm(String from, String to, String currency) {
            LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            this.to = blank(to) ? tomorrow.toString() : to.trim();
            this.from = blank(from) ? tomorrow.minusWeeks(DEFAULT_WEEKS).toString() : from.trim();
            this.currency = currency;
        }

        private static boolean blank(String text) {
            return text == null || text.trim().isEmpty();
        }

        LocalDate fromDate() {
            return LocalDate.parse(from);
        }

        LocalDate toDate() {
            return LocalDate.parse(to);
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }

        public String getCurrency() {
            return currency;
        }
    }
}
