package io.loyaltyclub.broadleaf.checkout;

import java.time.Clock;

import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.checkout.OrderPointsService;

/**
 * Checkout step at order 5500 (after payment, offer usage and tax; before the order is completed): works out
 * the order's points with the merchant's rules and keeps them, attributed to the lines, as provisional. Nothing
 * is booked yet; {@link ConfirmOrderPointsActivity} does that as the checkout's last step. If a step in between
 * fails, the rollback handler forgets the provisional record.
 */
public class PrepareOrderPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(PrepareOrderPointsActivity.class);

    @Resource(name = "blLoyaltyOrderPointsService")
    private OrderPointsService orderPoints;

    @Resource(name = "blLoyaltyClock")
    private Clock clock;

    public PrepareOrderPointsActivity() {
        setOrder(5500);
        setAutomaticallyRegisterRollbackHandler(true);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        try {
            orderPoints.prepare(OrderSnapshots.of(order, clock.instant()));
        } catch (LoyaltyException e) {
            // The club's own set-up is incomplete (a missing exchange rate, say): the sale goes through, the
            // order earns once the admin fixes the set-up and reconciles it.
            LOG.error("Order " + order.getId() + " earns no points for now: " + e.getMessage() + " (" + e.getCode() + ")");
        }
        return context;
    }
}
