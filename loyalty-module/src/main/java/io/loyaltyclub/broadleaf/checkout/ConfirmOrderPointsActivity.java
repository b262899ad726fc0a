package io.loyaltyclub.broadleaf.checkout;

import javax.annotation.Resource;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.loyaltyclub.checkout.ClubOrder;
import io.loyaltyclub.checkout.OrderPointsService;

/**
 * The checkout's last step (order {@value #ORDER}, after Broadleaf completed the order at 6000): books the
 * order's points, pending for the return window. Running last means a failure of any Broadleaf step never has
 * booked points to undo; the ledger stays free of awards for orders that never happened. Should a shop add a
 * step after this one and that step fails, the rollback handler takes the points back with a reversal entry.
 */
public class ConfirmOrderPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public static final int ORDER = Integer.MAX_VALUE - 1000;

    @Resource(name = "blLoyaltyOrderPointsService")
    private OrderPointsService orderPoints;

    public ConfirmOrderPointsActivity() {
        setOrder(ORDER);
        setAutomaticallyRegisterRollbackHandler(true);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        ClubOrder prepared = orderPoints.find(order.getId());
        if (prepared != null) {
            orderPoints.confirm(order.getId());
        }
        return context;
    }
}
