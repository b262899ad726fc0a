package io.loyaltyclub.broadleaf.order;

import java.time.Clock;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.context.ApplicationListener;

import io.loyaltyclub.broadleaf.checkout.CapturedOrders;
import io.loyaltyclub.broadleaf.checkout.OrderSnapshots;
import io.loyaltyclub.checkout.ClubOrderSnapshot;

/**
 * Follows submitted and cancelled orders. Broadleaf publishes {@link OrderPersistedEvent} after a save of an
 * order commits: the checkout's final save (status SUBMITTED) makes the club award the order, from what the
 * checkout's last step captured; an admin setting an order to CANCELLED takes its points back, and setting it to
 * SUBMITTED again gives them again. The work runs on the club's executor ({@link OrderAwards}); the request only
 * hands it over. Every step is idempotent, so repeated events change nothing.
 */
public class OrderStatusListener implements ApplicationListener<OrderPersistedEvent> {

    private CapturedOrders capturedOrders;
    private OrderAwards awards;
    private Clock clock = Clock.systemUTC();

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        Order order = event.getOrder();
        if (order == null || order.getId() == null) {
            return;
        }
        if (OrderStatus.SUBMITTED.equals(order.getStatus())) {
            ClubOrderSnapshot snapshot = capturedOrders.take(order.getId());
            awards.award(snapshot != null ? snapshot : OrderSnapshots.of(order, clock.instant()));
        } else if (OrderStatus.CANCELLED.equals(order.getStatus())) {
            awards.cancel(order.getId(), "order set to cancelled");
        }
    }

    public void setCapturedOrders(CapturedOrders capturedOrders) {
        this.capturedOrders = capturedOrders;
    }

    public void setAwards(OrderAwards awards) {
        this.awards = awards;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
