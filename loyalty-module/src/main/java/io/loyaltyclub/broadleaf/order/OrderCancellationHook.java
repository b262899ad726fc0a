package io.loyaltyclub.broadleaf.order;

import org.broadleafcommerce.core.order.domain.Order;

import io.loyaltyclub.checkout.ClubOrder;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.checkout.ClubOrderStatus;
import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.payment.ClubPaymentService;
import io.loyaltyclub.rewards.PunchCardService;

/**
 * Broadleaf 3.1 cancels an order by deleting it ({@code OrderService.cancelOrder}) and raises no event for it.
 * This advice runs before {@code cancelOrder} and {@code deleteOrder} of {@code blOrderService} and takes the
 * order's points back first, gives back the store credit and points the member paid it with and the uses of the
 * club's discount codes it counted, and its punches; carts and
 * orders the club never booked are left alone.
 */
public class OrderCancellationHook {

    private OrderPointsService orderPoints;
    private ClubPaymentService payments;
    private CodeStore codes;
    private PunchCardService punchCards;

    public void beforeCancel(Order order) {
        if (order == null || order.getId() == null) {
            return;
        }
        ClubOrder clubOrder = orderPoints.find(order.getId());
        if (clubOrder != null && clubOrder.getStatus() == ClubOrderStatus.PLACED) {
            orderPoints.cancel(order.getId(), "order cancelled in the shop");
        }
        payments.refundRest(order.getId(), "order cancelled in the shop");
        codes.release(order.getId());
        punchCards.cancel(order.getId());
    }

    public void setPunchCards(PunchCardService punchCards) {
        this.punchCards = punchCards;
    }

    public void setCodes(CodeStore codes) {
        this.codes = codes;
    }

    public void setPayments(ClubPaymentService payments) {
        this.payments = payments;
    }

    public void setOrderPoints(OrderPointsService orderPoints) {
        this.orderPoints = orderPoints;
    }
}
