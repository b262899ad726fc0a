package io.loyaltyclub.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.admin.form.CodeCampaignForm;
import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.audit.AdminAudit;
import io.loyaltyclub.codes.store.CodeCampaign;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.program.ProgramService;

/**
 * Discount code campaigns ({@code /loyalty-club/codes}): the list, a new campaign, a campaign's change (name, use
 * limits, end; {@code /loyalty-club/codes/{id}}), ending a campaign now ({@code POST .../{id}/end}), a batch of
 * generated codes for a campaign, and the campaign's codes as CSV ({@code /loyalty-club/codes/{id}/codes.csv}).
 */
@Controller
@RequestMapping(CodesScreen.SECTION)
public class CodesScreen extends ClubAdminScreen {

    public static final String SECTION = "/loyalty-club/codes";
    static final String ENTITY = "CodeCampaign";

    @Resource(name = "blLoyaltyCodeStore")
    private CodeStore codes;

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    static List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("name", "Name"),
                FieldSpec.text("prefix", "Code prefix").hint("Up to 12 letters and digits, e.g. SPRING."),
                FieldSpec.choice("discountKind", "Discount", CodeDiscount.Kind.values()),
                FieldSpec.number("discountValue", "Percent or amount off").hint("Not used for free shipping."),
                FieldSpec.number("maxUses", "Uses in all").hint("Empty: no limit."),
                FieldSpec.number("maxUsesPerCustomer", "Uses per customer").hint("Empty: no limit."),
                FieldSpec.date("startsOn", "From (first day)").hint("Empty: from now."),
                FieldSpec.date("endsOn", "Until (the day it stops)").hint("Empty: no end."));
    }

    /** A campaign's form once created: its codes are out with its prefix, discount and start, so those stay. */
    static List<FieldSpec> editFields() {
        return Arrays.asList(
                FieldSpec.text("name", "Name"),
                FieldSpec.text("prefix", "Code prefix").fixedOnEdit(),
                FieldSpec.number("maxUses", "Uses in all").hint("Empty: no limit. Not below the uses so far."),
                FieldSpec.number("maxUsesPerCustomer", "Uses per customer").hint("Empty: no limit."),
                FieldSpec.date("startsOn", "From (first day)").fixedOnEdit(),
                FieldSpec.date("endsOn", "Until (the day it stops)")
                        .hint("Empty: no end. Codes that ended with the campaign move with it."));
    }

    @RequestMapping(method = RequestMethod.GET)
    public String list(@RequestParam(value = "saved", required = false) String saved, Model model,
            HttpServletResponse response) {
        if (!access.canView(SECTION)) {
            return refuse(response);
        }
        ZoneId zone = program.settings().zone();
        List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
        for (CodeCampaign campaign : codes.campaigns()) {
            rows.add(valuesOf(campaign, zone));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("saved", saved != null);
        model.addAttribute("batchErrors", Collections.emptyMap());
        model.addAttribute("maxBatch", CodeCampaignForm.MAX_BATCH);
        return page(model, "loyaltyClub/codes", "Code campaigns");
    }

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String create(Model model, HttpServletResponse response) {
        if (!access.canView(SECTION) || !access.canManage()) {
            return refuse(response);
        }
        form(model, fields(), new LinkedHashMap<String, String>(), null);
        model.addAttribute("recordId", null);
        return page(model, "loyaltyClub/recordEdit", "New code campaign");
    }

    @RequestMapping(value = "/save", method = RequestMethod.POST)
    public String save(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        if (!access.canView(SECTION) || !access.canManage()) {
            return refuse(response);
        }
        String recordId = params.get("recordId");
        if (recordId != null && !recordId.isEmpty()) {
            return change(recordId, params, model, response);
        }
        FormInput input = new FormInput(params);
        final CodeCampaignForm form = CodeCampaignForm.read(input, program.settings().zone());
        if (!input.hasErrors()) {
            try {
                changeAudited(ENTITY, null, AdminAudit.CREATE, null, new Callable<ChangeResult<CodeCampaign>>() {
                    @Override
                    public ChangeResult<CodeCampaign> call() {
                        CodeCampaign campaign = codes.createCampaign(form.request());
                        return new ChangeResult<CodeCampaign>(campaign, String.valueOf(campaign.getId()),
                                valuesOf(campaign, program.settings().zone()));
                    }
                });
                return "redirect:" + SECTION + "?saved=1";
            } catch (LoyaltyException e) {
                input.error("name", "Not saved: " + e.getMessage() + ".");
            }
        }
        response.setStatus(422);
        form(model, fields(), input.values(), input);
        model.addAttribute("recordId", null);
        return page(model, "loyaltyClub/recordEdit", "New code campaign");
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String edit(@PathVariable("id") String id, Model model, HttpServletResponse response) {
        if (!access.canView(SECTION)) {
            return refuse(response);
        }
        CodeCampaign campaign = find(id);
        if (campaign == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return list(null, model, response);
        }
        form(model, editFields(), valuesOf(campaign, program.settings().zone()), null);
        model.addAttribute("recordId", id);
        return page(model, "loyaltyClub/recordEdit", "Code campaign: " + campaign.getName());
    }

    private String change(String id, Map<String, String> params, Model model, HttpServletResponse response) {
        final CodeCampaign existing = find(id);
        if (existing == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return list(null, model, response);
        }
        final ZoneId zone = program.settings().zone();
        Map<String, String> before = valuesOf(existing, zone);
        Map<String, String> typed = new LinkedHashMap<String, String>(params);
        for (FieldSpec field : editFields()) {
            if (field.isFixedOnEdit()) {
                typed.put(field.getName(), before.get(field.getName()));
            }
        }
        FormInput input = new FormInput(typed);
        final CodeCampaignForm form = CodeCampaignForm.readChange(input, zone);
        if (!input.hasErrors()) {
            try {
                changeAudited(ENTITY, id, AdminAudit.UPDATE, before, new Callable<ChangeResult<CodeCampaign>>() {
                    @Override
                    public ChangeResult<CodeCampaign> call() {
                        CodeCampaign changed = codes.changeCampaign(existing.getId(), form.name(), form.maxUses(),
                                form.maxUsesPerCustomer(), form.endsAt());
                        return new ChangeResult<CodeCampaign>(changed, String.valueOf(changed.getId()), valuesOf(changed, zone));
                    }
                });
                return "redirect:" + SECTION + "?saved=1";
            } catch (LoyaltyException e) {
                String field = "invalid_limit".equals(e.getCode()) ? "maxUses"
                        : "invalid_window".equals(e.getCode()) ? "endsOn" : "name";
                input.error(field, "Not saved: " + e.getMessage() + ".");
            }
        }
        response.setStatus(422);
        form(model, editFields(), input.values(), input);
        model.addAttribute("recordId", id);
        return page(model, "loyaltyClub/recordEdit", "Code campaign: " + existing.getName());
    }

    /** Ends the campaign now: none of its codes works any more, in carts holding them either. */
    @RequestMapping(value = "/{id}/end", method = RequestMethod.POST)
    public String end(@PathVariable("id") String id, Model model, HttpServletResponse response) {
        if (!access.canView(SECTION) || !access.canManage()) {
            return refuse(response);
        }
        final CodeCampaign campaign = find(id);
        if (campaign == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return list(null, model, response);
        }
        final ZoneId zone = program.settings().zone();
        changeAudited(ENTITY, id, AdminAudit.DEACTIVATE, valuesOf(campaign, zone), new Callable<ChangeResult<CodeCampaign>>() {
            @Override
            public ChangeResult<CodeCampaign> call() {
                CodeCampaign ended = codes.endCampaign(campaign.getId());
                return new ChangeResult<CodeCampaign>(ended, String.valueOf(ended.getId()), valuesOf(ended, zone));
            }
        });
        return "redirect:" + SECTION + "?saved=1";
    }

    private CodeCampaign find(String id) {
        try {
            return codes.campaign(Long.parseLong(id));
        } catch (NumberFormatException | LoyaltyException e) {
            return null;
        }
    }

    @RequestMapping(value = "/{id}/generate", method = RequestMethod.POST)
    public String generate(@PathVariable("id") final long campaignId, @RequestParam Map<String, String> params,
            Model model, HttpServletResponse response) {
        if (!access.canView(SECTION) || !access.canManage()) {
            return refuse(response);
        }
        FormInput input = new FormInput(params);
        final Integer count = CodeCampaignForm.batchSize(input);
        final Long usesEach = CodeCampaignForm.usesPerCode(input);
        if (!input.hasErrors()) {
            final Map<String, Object> batch = new LinkedHashMap<String, Object>();
            batch.put("count", count);
            batch.put("maxUsesEach", usesEach);
            changeAudited(ENTITY, String.valueOf(campaignId), "generate", null, new Callable<ChangeResult<Integer>>() {
                @Override
                public ChangeResult<Integer> call() {
                    int made = codes.generate(campaignId, count, usesEach);
                    return new ChangeResult<Integer>(made, String.valueOf(campaignId), batch);
                }
            });
            return "redirect:" + SECTION + "?saved=1";
        }
        response.setStatus(422);
        list(null, model, response);
        model.addAttribute("batchCampaign", String.valueOf(campaignId));
        model.addAttribute("batchErrors", input.errors());
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{id}/codes.csv", method = RequestMethod.GET)
    public String export(@PathVariable("id") long campaignId, Model model, HttpServletResponse response)
            throws IOException {
        if (!access.canView(SECTION)) {
            return refuse(response);
        }
        CodeCampaign campaign = codes.campaign(campaignId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"codes-" + campaign.getId() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        codes.exportCsv(campaignId, out);
        out.flush();
        return null;
    }

    private static Map<String, String> valuesOf(CodeCampaign campaign, ZoneId zone) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("id", String.valueOf(campaign.getId()));
        values.put("name", campaign.getName());
        values.put("prefix", campaign.getPrefix());
        values.put("uses", String.valueOf(campaign.getUses()));
        values.put("maxUses", campaign.getMaxUses() == null ? "" : String.valueOf(campaign.getMaxUses()));
        values.put("maxUsesPerCustomer", campaign.getMaxUsesPerCustomer() == null ? ""
                : String.valueOf(campaign.getMaxUsesPerCustomer()));
        values.put("startsOn", campaign.getStartsAt().toInstant().atZone(zone).toLocalDate().toString());
        values.put("endsOn", campaign.getEndsAt() == null ? ""
                : campaign.getEndsAt().toInstant().atZone(zone).toLocalDate().toString());
        Instant now = Instant.now();
        values.put("status", campaign.endedAt(now) ? "ended"
                : now.isBefore(campaign.getStartsAt().toInstant()) ? "not started" : "running");
        return values;
    }
}
