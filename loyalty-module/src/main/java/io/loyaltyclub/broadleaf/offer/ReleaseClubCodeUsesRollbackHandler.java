package io.loyaltyclub.broadleaf.offer;

import java.util.Map;

import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import io.loyaltyclub.broadleaf.payment.SeparateEntityManager;
import io.loyaltyclub.codes.store.CodeStore;

/**
 * Gives back the code uses {@link CountClubCodeUsesActivity} counted when a later checkout step fails. Never
 * throws: a rollback handler that threw would stop Broadleaf from giving back the payments.
 */
public class ReleaseClubCodeUsesRollbackHandler implements RollbackHandler<CheckoutSeed> {

    private static final Log LOG = LogFactory.getLog(ReleaseClubCodeUsesRollbackHandler.class);

    @Resource(name = "blLoyaltyCodeStore")
    private CodeStore codes;

    @Resource(name = "blLoyaltySeparateEntityManager")
    private SeparateEntityManager separately;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
            ProcessContext<CheckoutSeed> processContext, Map<String, Object> stateConfiguration) {
        final Long orderId = processContext.getSeedData().getOrder().getId();
        if (orderId == null) {
            return;
        }
        try {
            separately.call(() -> codes.release(orderId));
        } catch (RuntimeException e) {
            LOG.error("Could not give back the code uses of order " + orderId + " after its checkout failed", e);
        }
    }
}
