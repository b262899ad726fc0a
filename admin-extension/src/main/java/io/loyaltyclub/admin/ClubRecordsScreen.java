package io.loyaltyclub.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.admin.form.RecordForm;
import io.loyaltyclub.audit.AdminAudit;

/**
 * A list of one kind of record with create, edit and deactivate, in the admin's look. A subclass names its
 * section, columns and fields, and how its records are read, checked and saved; this class does the access
 * checks, the forms and their messages, and the audit of every change.
 *
 * <p>Pages: {@code GET <section>} the list; {@code GET <section>/new} and {@code GET <section>/{id}} the form;
 * {@code POST <section>/save}; {@code POST <section>/{id}/deactivate}. Every POST needs the managing permission.</p>
 */
public abstract class ClubRecordsScreen<R> extends ClubAdminScreen {

    /** The entity's name in the audit, e.g. {@code EarningRule}. */
    protected abstract String entityType();

    /** A record's name on the screen, e.g. "Earning rule". */
    protected abstract String title();

    /** The list's columns: field name to heading. */
    protected abstract Map<String, String> columns();

    protected abstract List<FieldSpec> fields();

    protected abstract List<R> records();

    protected abstract String idOf(R record);

    /** The values a new record's form starts with: active, unless a screen says otherwise. */
    protected Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("active", "true");
        return values;
    }

    protected abstract Map<String, String> valuesOf(R record);

    protected abstract RecordForm<R> read(FormInput input, R existing);

    protected abstract R newRecord();

    /** A new record as the checked form describes it. */
    protected R create(RecordForm<R> form) {
        R record = newRecord();
        form.applyTo(record);
        return record;
    }

    protected abstract R store(R record);

    /** Saves a created or edited record; a screen whose form holds more than the record (e.g. conditions) overrides it. */
    protected R store(R record, RecordForm<R> form) {
        return store(record);
    }

    /** Takes the record out of use (switched off or removed from the ladder); its past stays in the audit. */
    protected abstract void deactivate(R record);

    /** What the list's deactivate button says. */
    protected String deactivateLabel() {
        return "Deactivate";
    }

    @RequestMapping(method = RequestMethod.GET)
    public String list(@RequestParam(value = "saved", required = false) String saved, Model model,
            HttpServletResponse response) {
        if (!access.canView(sectionUri())) {
            return refuse(response);
        }
        List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
        for (R record : records()) {
            Map<String, String> row = new LinkedHashMap<String, String>(valuesOf(record));
            row.put("id", idOf(record));
            rows.add(row);
        }
        model.addAttribute("columns", columns());
        model.addAttribute("rows", rows);
        model.addAttribute("saved", saved != null);
        model.addAttribute("deactivateLabel", deactivateLabel());
        return page(model, "loyaltyClub/recordList", title() + "s");
    }

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String create(Model model, HttpServletResponse response) {
        if (!access.canView(sectionUri()) || !access.canManage()) {
            return refuse(response);
        }
        form(model, fields(), defaults(), null);
        model.addAttribute("recordId", null);
        return page(model, "loyaltyClub/recordEdit", "New " + title().toLowerCase());
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String edit(@PathVariable("id") String id, Model model, HttpServletResponse response) {
        if (!access.canView(sectionUri())) {
            return refuse(response);
        }
        R record = find(id);
        if (record == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return list(null, model, response);
        }
        form(model, fields(), valuesOf(record), null);
        model.addAttribute("recordId", id);
        return page(model, "loyaltyClub/recordEdit", title() + ": " + valuesOf(record).get(nameField()));
    }

    @RequestMapping(value = "/save", method = RequestMethod.POST)
    public String save(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        if (!access.canView(sectionUri()) || !access.canManage()) {
            return refuse(response);
        }
        String id = params.get("recordId");
        final R existing = id == null || id.isEmpty() ? null : find(id);
        if (id != null && !id.isEmpty() && existing == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return list(null, model, response);
        }
        Map<String, String> typed = new LinkedHashMap<String, String>(params);
        if (existing != null) {
            for (FieldSpec field : fields()) {
                if (field.isFixedOnEdit()) {
                    typed.put(field.getName(), valuesOf(existing).get(field.getName()));
                }
            }
        }
        FormInput input = new FormInput(typed);
        final RecordForm<R> form = read(input, existing);
        if (!input.hasErrors()) {
            final Map<String, String> before = existing == null ? null : valuesOf(existing);
            try {
                changeAudited(entityType(), existing == null ? null : idOf(existing),
                        existing == null ? AdminAudit.CREATE : AdminAudit.UPDATE, before, new Callable<ChangeResult<R>>() {
                            @Override
                            public ChangeResult<R> call() {
                                R record;
                                if (existing == null) {
                                    record = create(form);
                                } else {
                                    record = existing;
                                    form.applyTo(record);
                                }
                                R saved = store(record, form);
                                return new ChangeResult<R>(saved, idOf(saved), valuesOf(saved));
                            }
                        });
                return "redirect:" + sectionUri() + "?saved=1";
            } catch (LoyaltyException e) {
                input.error(nameField(), "Not saved: " + e.getMessage() + ".");
            }
        }
        response.setStatus(422);
        form(model, fields(), input.values(), input);
        model.addAttribute("recordId", existing == null ? null : idOf(existing));
        return page(model, "loyaltyClub/recordEdit", existing == null ? "New " + title().toLowerCase() : title());
    }

    @RequestMapping(value = "/{id}/deactivate", method = RequestMethod.POST)
    public String deactivate(@PathVariable("id") String id, Model model, HttpServletResponse response) {
        if (!access.canView(sectionUri()) || !access.canManage()) {
            return refuse(response);
        }
        final R record = find(id);
        if (record == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return list(null, model, response);
        }
        final Map<String, String> before = valuesOf(record);
        changeAudited(entityType(), id, AdminAudit.DEACTIVATE, before, new Callable<ChangeResult<Void>>() {
            @Override
            public ChangeResult<Void> call() {
                deactivate(record);
                R after = find(idOf(record));
                return new ChangeResult<Void>(null, idOf(record), after == null ? null : valuesOf(after));
            }
        });
        return "redirect:" + sectionUri() + "?saved=1";
    }

    /** The field that names a record (shown in titles and used for messages about the whole record). */
    protected String nameField() {
        return "name";
    }

    protected R find(String id) {
        for (R record : records()) {
            if (idOf(record).equals(id)) {
                return record;
            }
        }
        return null;
    }
}
