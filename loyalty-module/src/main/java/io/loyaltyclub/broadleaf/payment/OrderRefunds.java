package io.loyaltyclub.broadleaf.payment;

import java.math.BigDecimal;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.payment.ClubPaymentService;
import io.loyaltyclub.payment.RefundSplit;

/**
 * Refunds of Broadleaf orders (Broadleaf 3.1 has no refund workflow of its own): the shop calls
 * {@link #refund(long, String, BigDecimal, String)} when it gives money back for an order, the club returns
 * the store-credit and points share to the member's accounts, and the answer says how much the shop refunds
 * with the member's own payment method. See {@link RefundSplit} for the rule.
 */
public class OrderRefunds {

    private OrderService orderService;
    private ClubPaymentService payments;

    public RefundSplit refund(long orderId, String refundKey, BigDecimal amount, String reason) {
        Order order = orderService.findOrderById(orderId);
        if (order == null || !OrderStatus.SUBMITTED.equals(order.getStatus())) {
            throw new LoyaltyException("unknown_order", "there is no submitted order " + orderId);
        }
        return payments.refund(orderId, order.getCustomer().getId(), refundKey, amount, order.getTotal().getAmount(),
                CartClubPayments.currencyOf(order), reason);
    }

    public void setOrderService(OrderService orderService) {
        this.orderService = orderService;
    }

    public void setPayments(ClubPaymentService payments) {
        this.payments = payments;
    }
}
