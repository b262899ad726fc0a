package io.loyaltyclub.broadleaf.order;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.context.ApplicationListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.checkout.ClubOrder;
import io.loyaltyclub.checkout.ClubOrderStatus;
import io.loyaltyclub.checkout.OrderPointsService;

/**
 * Follows status changes an admin makes to a submitted order (Broadleaf publishes {@link OrderPersistedEvent}
 * after the save commits, with no previous status): an order set to CANCELLED gives its points back, and a
 * cancelled order set to SUBMITTED again earns them again. The club's own record tells what changed, so a
 * repeated event changes nothing.
 *
 * <p>The event arrives while the shop's transaction is finishing its commit; the club's change runs in a
 * transaction of its own.</p>
 */
public class OrderStatusListener implements ApplicationListener<OrderPersistedEvent> {

    private OrderPointsService orderPoints;
    private PlatformTransactionManager transactionManager;

    @Override
    public void onApplicationEvent(final OrderPersistedEvent event) {
        Order order = event.getOrder();
        if (order == null || order.getId() == null
                || !(OrderStatus.CANCELLED.equals(order.getStatus()) || OrderStatus.SUBMITTED.equals(order.getStatus()))) {
            return; // carts and orders in other states: nothing for the club, and no transaction opened
        }
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.execute(status -> {
            follow(event.getOrder());
            return null;
        });
    }

    private void follow(Order order) {
        boolean cancelled = OrderStatus.CANCELLED.equals(order.getStatus());
        boolean submitted = OrderStatus.SUBMITTED.equals(order.getStatus());
        ClubOrder clubOrder = orderPoints.find(order.getId());
        if (clubOrder == null) {
            return;
        }
        if (cancelled && clubOrder.getStatus() == ClubOrderStatus.PLACED) {
            orderPoints.cancel(order.getId(), "order set to cancelled");
        } else if (submitted && clubOrder.getStatus() == ClubOrderStatus.CANCELLED) {
            orderPoints.reinstate(order.getId());
        }
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setOrderPoints(OrderPointsService orderPoints) {
        this.orderPoints = orderPoints;
    }
}
