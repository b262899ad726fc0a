package io.loyaltyclub.admin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;

import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.audit.AdminAudit;
import io.loyaltyclub.audit.AuditJson;

/**
 * What every club screen does the same way: the access checks (Broadleaf's "no access" page for a refusal),
 * the admin's menu and frame, the form with its messages, and a change saved together with its audit entry in
 * one transaction.
 */
public abstract class ClubAdminScreen extends AdminAbstractController {

    static final String NO_ACCESS = "noAccess";

    @Resource(name = "blLoyaltyAdminAccess")
    protected ClubAdminAccess access;

    @Resource(name = "blLoyaltyAdminAudit")
    protected AdminAudit audit;

    @Resource(name = "blTransactionManager")
    private PlatformTransactionManager transactionManager;

    /** The screen's section, e.g. {@code /loyalty-club/tiers}. */
    protected abstract String sectionUri();

    /** Broadleaf's refusal page, with 403. */
    protected String refuse(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return NO_ACCESS;
    }

    /** The page in the admin's frame (menu, header), with the template {@code views/<viewType>}. */
    protected String page(Model model, String viewType, String title) {
        setModelAttributes(model, sectionUri().substring(1));
        model.addAttribute("viewType", viewType);
        model.addAttribute("screenTitle", title);
        model.addAttribute("screenUrl", sectionUri());
        model.addAttribute("canManage", access.canManage());
        return "modules/defaultContainer";
    }

    /** The edit form's model: its fields, the values shown and the messages next to them. */
    protected void form(Model model, List<FieldSpec> fields, Map<String, String> values, FormInput input) {
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("errors", input == null ? java.util.Collections.emptyMap() : input.errors());
    }

    /**
     * Runs {@code change} and records it in the audit in one transaction, with the fields before (null for a
     * creation) and those {@code change} answers after.
     */
    protected <T> T changeAudited(final String entityType, final String entityId, final String action,
            final Map<String, ?> before, final Callable<ChangeResult<T>> change) {
        final String admin = access.currentAdminName();
        return new TransactionTemplate(transactionManager).execute(new TransactionCallback<T>() {
            @Override
            public T doInTransaction(TransactionStatus status) {
                ChangeResult<T> result;
                try {
                    result = change.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                audit.record(admin, entityType, entityId != null ? entityId : result.id, action,
                        AuditJson.of(before), AuditJson.of(result.after));
                return result.value;
            }
        });
    }

    /** What a change answers: the saved value, its id and its fields after the change. */
    protected static final class ChangeResult<T> {
        final T value;
        final String id;
        final Map<String, ?> after;

        ChangeResult(T value, String id, Map<String, ?> after) {
            this.value = value;
            this.id = id;
            this.after = after;
        }
    }
}
