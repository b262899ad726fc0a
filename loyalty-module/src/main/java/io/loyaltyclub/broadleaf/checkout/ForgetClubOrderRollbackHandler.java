package io.loyaltyclub.broadleaf.checkout;

import java.util.Map;

import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import io.loyaltyclub.checkout.ClubOrderService;

/**
 * Undoes {@link RecordClubOrderActivity} when a later checkout activity fails.
 *
 * <p>It never throws: Broadleaf stops running the remaining rollback handlers (the payment refund among them)
 * at the first handler that throws, so a failure here is logged and left for the ledger's verification.</p>
 */
public class ForgetClubOrderRollbackHandler implements RollbackHandler<CheckoutSeed> {

    private static final Log LOG = LogFactory.getLog(ForgetClubOrderRollbackHandler.class);

    @Resource(name = "blLoyaltyClubOrderService")
    private ClubOrderService clubOrderService;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        Long orderId = processContext.getSeedData().getOrder().getId();
        try {
            clubOrderService.forget(orderId);
        } catch (RuntimeException e) {
            LOG.error("Could not remove the club's record of order " + orderId + " after a failed checkout", e);
        }
    }
}
