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
 * Undoes {@link PrepareOrderPointsActivity} when a later checkout step fails.
 *
 * <p>It never throws: Broadleaf stops running the remaining rollback handlers (the payment refund among them)
 * at the first handler that throws, so a failure here is logged instead; a stale provisional record books
 * nothing and is replaced by the next checkout of the same order.</p>
 */
public class ForgetProvisionalPointsRollbackHandler implements RollbackHandler<CheckoutSeed> {

    private static final Log LOG = LogFactory.getLog(ForgetProvisionalPointsRollbackHandler.class);

    @Resource(name = "blLoyaltyOrderPointsService")
    private OrderPointsService orderPoints;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        Long orderId = processContext.getSeedData().getOrder().getId();
        try {
            orderPoints.forgetProvisional(orderId);
        } catch (RuntimeException e) {
            LOG.error("Could not forget the provisional points of order " + orderId + " after a failed checkout", e);
        }
    }
}
