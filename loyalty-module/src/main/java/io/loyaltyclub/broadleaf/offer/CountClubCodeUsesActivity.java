package io.loyaltyclub.broadleaf.offer;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.loyaltyclub.broadleaf.payment.SeparateEntityManager;
import io.loyaltyclub.codes.store.CodeStore;

/**
 * A checkout step before the payments are confirmed (order {@value #ORDER}; Broadleaf confirms payments at
 * 3000): counts one use of each club code whose offer the order received, however many lines it has, in a
 * transaction of its own ({@link CodeStore#reserve}). A code without a use left, or not the customer's, stops
 * the checkout before anything is paid, with the club's error ({@code code_used_up}, ...) as the cause. When a
 * later step fails, {@link ReleaseClubCodeUsesRollbackHandler} gives the uses back.
 */
public class CountClubCodeUsesActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public static final int ORDER = 2500;

    @Resource(name = "blOfferService")
    private OfferService offerService;

    @Resource(name = "blLoyaltyCodeStore")
    private CodeStore codes;

    @Resource(name = "blLoyaltySeparateEntityManager")
    private SeparateEntityManager separately;

    public CountClubCodeUsesActivity() {
        setOrder(ORDER);
        setAutomaticallyRegisterRollbackHandler(true);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        final Order order = context.getSeedData().getOrder();
        final List<String> used = new ArrayList<String>();
        for (OfferCode code : offerService.getOffersRetrievedFromCodes(order).values()) {
            used.add(code.getOfferCode());
        }
        if (!used.isEmpty() && order.getCustomer() != null) {
            separately.call(() -> codes.reserve(order.getId(), order.getCustomer().getId(), used));
        }
        return context;
    }
}
