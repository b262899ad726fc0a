package io.loyaltyclub.broadleaf.checkout;

import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

/**
 * Undoes {@link CaptureOrderPointsActivity} when a later step fails: what was taken down of the order is
 * dropped, so nothing is awarded for it. Works in memory only and cannot fail; a rollback handler that threw
 * would stop Broadleaf from refunding the payment.
 */
public class DropCapturedOrderRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "blLoyaltyCapturedOrders")
    private CapturedOrders capturedOrders;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        Long orderId = processContext.getSeedData().getOrder().getId();
        if (orderId != null) {
            capturedOrders.drop(orderId);
        }
    }
}
