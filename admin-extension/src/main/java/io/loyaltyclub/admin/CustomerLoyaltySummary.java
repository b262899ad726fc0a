package io.loyaltyclub.admin;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.form.entity.Tab;
import org.broadleafcommerce.openadmin.web.service.AbstractFormBuilderExtensionHandler;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.broadleafcommerce.profile.core.domain.Customer;

import io.loyaltyclub.credit.CreditBalance;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.PointsBalance;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.members.MemberAdjustments;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.tier.TierProgress;

/**
 * Puts the member's loyalty summary (points, store credit, tier) and a link to their member page on Broadleaf's own
 * customer screen ({@code /customer/{id}}).
 *
 * <p>How: {@code CustomerImpl} is Broadleaf's entity, so a module cannot annotate it, and overriding the entity
 * form template or the customer's persistence handler would replace Broadleaf's own for every shop. Broadleaf 3.1
 * asks the handlers of {@code blFormBuilderExtensionManager} to modify each detail form it builds
 * ({@link #modifyDetailEntityForm}); this one adds a single field to the customer form's first tab, in a group of
 * its own. Its field type {@code LOYALTY_CLUB_SUMMARY} makes the entity form render the template
 * {@code fields/loyalty_club_summary.html} from this jar, a name Broadleaf does not use; the template writes no
 * form input, so saving the customer is unaffected. Admins who may not see the Members section get no summary.</p>
 */
public class CustomerLoyaltySummary extends AbstractFormBuilderExtensionHandler {

    public static final String FIELD_NAME = "loyaltyClubSummary";
    public static final String FIELD_TYPE = "LOYALTY_CLUB_SUMMARY";
    static final String GROUP = "Loyalty Club";

    @Resource(name = "blFormBuilderExtensionManager")
    private FormBuilderExtensionManager extensionManager;
    @Resource(name = "blLoyaltyAdminAccess")
    private ClubAdminAccess access;
    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger pointsLedger;
    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger creditLedger;
    @Resource(name = "blLoyaltyMemberAdjustments")
    private MemberAdjustments adjustments;
    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType modifyDetailEntityForm(EntityForm form) {
        if (!Customer.class.getName().equals(form.getCeilingEntityClassname()) || form.getId() == null
                || !form.getId().matches("-?[0-9]{1,18}") || form.getTabs().isEmpty()
                || !access.canView(MembersController.SECTION_URI)) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        long customerId = Long.parseLong(form.getId());
        PointsBalance points = pointsLedger.balance(customerId);
        CreditBalance credit = creditLedger.balance(customerId);
        TierProgress progress = tiers.progress(customerId);
        Field summary = new Field()
                .withName(FIELD_NAME)
                .withFriendlyName(GROUP)
                .withFieldType(FIELD_TYPE)
                .withReadOnly(false)
                .withOrder(0)
                .withAttribute("customerId", customerId)
                .withAttribute("pointsAvailable", points.getAvailable())
                .withAttribute("pointsPending", points.getPending())
                .withAttribute("credit", credit.getAvailable().toPlainString() + " " + adjustments.creditCurrency(customerId))
                .withAttribute("tier", progress.getCurrent() == null ? "No tier" : progress.getCurrent().getName());
        Tab first = form.getTabs().iterator().next();
        form.addField(summary, GROUP, Integer.MAX_VALUE, first.getTitle(), first.getOrder());
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
