package io.loyaltyclub.broadleaf.checkout;

import java.util.Map;

import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import io.loyaltyclub.checkout.OrderPointsService;

/**
 * Undoes {@link ConfirmOrderPointsActivity} when a step the shop placed after it fails: the order's points are
 * taken back by reversal entries (the ledger is append-only). Never throws, for the reason given in
 * {@link ForgetProvisionalPointsRollbackHandler}.
 */
public class TakeBackOrderPointsRollbackHandler implements RollbackHandler<CheckoutSeed> {

    private static final Log LOG = LogFactory.getLog(TakeBackOrderPointsRollbackHandler.class);

    @Resource(name = "blLoyaltyOrderPointsService")
    private OrderPointsService orderPoints;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        Long orderId = processContext.getSeedData().getOrder().getId();
        try {
            orderPoints.cancel(orderId, "checkout failed after the points were booked");
        } catch (RuntimeException e) {
            LOG.error("Could not take back the points of order " + orderId + " after a failed checkout", e);
        }
    }
}
