package io.loyaltyclub.broadleaf.checkout;

import java.time.Clock;

import javax.annotation.Resource;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * The checkout's last step (order {@value #ORDER}, after payment, offers, tax and Broadleaf completing the order
 * at 6000): takes down what the club needs of the order (its lines, what was paid with the member's own money) in
 * memory, with no database work on the checkout's path. The points are worked out and booked once Broadleaf's
 * final save of the order commits ({@code OrderStatusListener}), so a checkout that fails at any step never
 * leaves an award behind; if a step the shop placed after this one fails, the rollback handler drops what was
 * taken down.
 */
public class CaptureOrderPointsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public static final int ORDER = Integer.MAX_VALUE - 1000;

    @Resource(name = "blLoyaltyCapturedOrders")
    private CapturedOrders capturedOrders;

    @Resource(name = "blLoyaltyClock")
    private Clock clock;

    public CaptureOrderPointsActivity() {
        setOrder(ORDER);
        setAutomaticallyRegisterRollbackHandler(true);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        capturedOrders.capture(OrderSnapshots.of(order, clock.instant()));
        return context;
    }
}
