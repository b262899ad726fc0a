package io.loyaltyclub.admin;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.admin.form.ProgramSettingsForm;
import io.loyaltyclub.audit.AdminAudit;
import io.loyaltyclub.earning.EarningRuleType;
import io.loyaltyclub.ledger.ExpiryPolicy;
import io.loyaltyclub.ledger.ShortfallPolicy;
import io.loyaltyclub.program.EarningRuleRecord;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.standing.TierLadderSettings;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

/**
 * The program's settings ({@code /loyalty-club/settings}): one form over {@code LOY_PROGRAM} and the base
 * earning rate (the active base-rate earning rule, created when there is none), and the tier ladder's measure
 * and window ({@code LOY_TIER_LADDER}). The guessing guard's limits are
 * shown as they are configured (server properties).
 */
@Controller
@RequestMapping(ProgramSettingsScreen.SECTION)
public class ProgramSettingsScreen extends ClubAdminScreen {

    public static final String SECTION = "/loyalty-club/settings";
    static final String ENTITY = "ProgramSettings";

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;

    @Value("${loyalty.codes.maxFailedAttempts:10}")
    private int maxFailedCodeAttempts;

    @Value("${loyalty.codes.failedAttemptsWindowMinutes:10}")
    private int failedCodeAttemptsWindowMinutes;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    static List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("clubName", "Club name"),
                FieldSpec.text("timeZone", "Time zone").hint("e.g. Europe/Berlin: the shop's days for caps, campaigns and expiry."),
                FieldSpec.number("pointValue", "Money value of a point").hint("In the base currency; 0.01 means 100 points = 1.00."),
                FieldSpec.number("baseRate", "Base earning rate").hint("Points per 1.00 of the eligible amount."),
                FieldSpec.number("returnWindowDays", "Return window (days points stay pending)"),
                FieldSpec.choice("expiryKind", "Expiry policy", ExpiryPolicy.Kind.values()),
                FieldSpec.number("expiryMonths", "Expiry after (months)").hint("Not used when points never expire."),
                FieldSpec.choice("shortfallPolicy", "Taking back points already spent", ShortfallPolicy.values())
                        .hint("DEBT: the balance goes negative; FORFEIT: take what is there, record the rest."),
                FieldSpec.number("reversalGraceDays", "Grace days for refunded points of expired lots"),
                FieldSpec.checkbox("giftCardsEarn", "Gift cards earn points"),
                FieldSpec.number("maxPointsPerOrder", "Cap per order (points)").hint("Empty: no cap."),
                FieldSpec.number("maxPointsPerDay", "Cap per member per day (points)").hint("Empty: no cap."),
                FieldSpec.number("maxPointsPerMonth", "Cap per member per month (points)").hint("Empty: no cap."),
                FieldSpec.checkbox("pointsPaymentEnabled", "Members may pay with points"),
                FieldSpec.number("pointsPaymentMin", "Minimum points per payment"),
                FieldSpec.number("pointsPaymentStep", "Points are paid in steps of"),
                FieldSpec.number("pointsPaymentMaxShare", "Maximum share of an order paid with points (percent)"),
                FieldSpec.number("creditExpiryDays", "Store credit expires after (days)").hint("Empty or 0: never."),
                FieldSpec.checkbox("reminderEmailsEnabled", "Send reminder e-mails"),
                FieldSpec.choice("tierMetric", "Tiers are reached by", TierMetric.values())
                        .hint("Spend, orders or points earned in the window; the tiers' thresholds count in it."),
                FieldSpec.choice("tierWindowKind", "Tier window", TierWindow.Kind.values())
                        .hint("A tier reached is kept until the end of the next window (the grace)."),
                FieldSpec.number("tierWindowMonths", "Rolling window (months)")
                        .hint("1 to 60; not used for a calendar year. Members move at the next tier evaluation."));
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "saved", required = false) String saved, Model model,
            HttpServletResponse response) {
        if (!access.canView(SECTION)) {
            return refuse(response);
        }
        form(model, fields(), valuesNow(), null);
        model.addAttribute("saved", saved != null);
        return settingsPage(model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String save(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        if (!access.canView(SECTION) || !access.canManage()) {
            return refuse(response);
        }
        FormInput input = new FormInput(params);
        final ProgramSettingsForm form = ProgramSettingsForm.read(input);
        if (!input.hasErrors()) {
            Map<String, String> before = valuesNow();
            try {
                changeAudited(ENTITY, String.valueOf(ProgramSettings.SINGLE_ROW), AdminAudit.UPDATE, before,
                        new Callable<ChangeResult<Void>>() {
                            @Override
                            public ChangeResult<Void> call() {
                                ProgramSettings settings = program.settings();
                                form.applyTo(settings);
                                ProgramSettings saved = program.save(settings);
                                saveBaseRate(form.baseRate());
                                TierLadderSettings ladder = tiers.saveLadder(form.tierMetric(), form.tierWindow());
                                // From the saved copy: reading the settings again here would reload the row
                                // over the changes not yet written.
                                return new ChangeResult<Void>(null, null,
                                        ProgramSettingsForm.valuesOf(saved, form.baseRate(), ladder));
                            }
                        });
                return "redirect:" + SECTION + "?saved=1";
            } catch (LoyaltyException e) {
                input.error("clubName", "Not saved: " + e.getMessage() + ".");
            }
        }
        response.setStatus(422);
        form(model, fields(), input.values(), input);
        return settingsPage(model);
    }

    private String settingsPage(Model model) {
        ProgramSettings settings = program.settings();
        model.addAttribute("baseCurrency", settings.getBaseCurrency());
        model.addAttribute("maxFailedCodeAttempts", maxFailedCodeAttempts);
        model.addAttribute("failedCodeAttemptsWindowMinutes", failedCodeAttemptsWindowMinutes);
        model.addAttribute("recordId", null);
        return page(model, "loyaltyClub/settings", "Program settings");
    }

    private Map<String, String> valuesNow() {
        EarningRuleRecord base = baseRule();
        return ProgramSettingsForm.valuesOf(program.settings(), base == null ? null : base.getRate(),
                tiers.ladderSettings());
    }

    /** The active base-rate rule (the engine uses one); the first one when there are several. */
    private EarningRuleRecord baseRule() {
        for (EarningRuleRecord rule : program.earningRuleRecords()) {
            if (rule.getType() == EarningRuleType.BASE_RATE && rule.isActive()) {
                return rule;
            }
        }
        return null;
    }

    private void saveBaseRate(BigDecimal rate) {
        EarningRuleRecord base = baseRule();
        if (base == null) {
            base = new EarningRuleRecord();
            base.setType(EarningRuleType.BASE_RATE);
            base.setName("Base rate");
            base.setActive(true);
        } else if (base.getRate() != null && base.getRate().compareTo(rate) == 0) {
            return;
        }
        base.setRate(rate);
        program.save(base);
    }
}
