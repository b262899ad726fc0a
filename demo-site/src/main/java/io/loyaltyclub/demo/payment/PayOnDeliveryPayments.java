package io.loyaltyclub.demo.payment;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;

/**
 * Puts a "Pay on delivery (demo)" payment on a cart: one payment for what is still open, carrying an unconfirmed
 * transaction that {@link PayOnDeliveryGateway} confirms during checkout. Used by the checkout page and the seed.
 */
public class PayOnDeliveryPayments {

    private OrderService orderService;
    private OrderPaymentService orderPaymentService;

    /** Replaces earlier pay-on-delivery payments of the cart by one for its open amount; returns the saved cart. */
    public Order payOnDelivery(Order cart) throws PricingException {
        List<OrderPayment> earlier = new ArrayList<OrderPayment>();
        for (OrderPayment payment : cart.getPayments()) {
            if (payment.isActive() && PayOnDeliveryGateway.TYPE.equals(payment.getGatewayType())) {
                earlier.add(payment);
            }
        }
        for (OrderPayment payment : earlier) {
            orderService.removePaymentFromOrder(cart, payment);
        }

        Money amount = cart.getTotalAfterAppliedPayments();
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.COD);
        payment.setPaymentGatewayType(PayOnDeliveryGateway.TYPE);
        payment.setAmount(amount);
        payment.setReferenceNumber("POD-" + cart.getId() + "-" + System.currentTimeMillis());
        payment.setOrder(cart);

        PaymentTransaction transaction = orderPaymentService.createTransaction();
        transaction.setType(PaymentTransactionType.UNCONFIRMED);
        transaction.setAmount(amount);
        transaction.setDate(new Date());
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);

        orderService.addPaymentToOrder(cart, payment, null);
        return orderService.save(cart, false);
    }

    public void setOrderService(OrderService orderService) {
        this.orderService = orderService;
    }

    public void setOrderPaymentService(OrderPaymentService orderPaymentService) {
        this.orderPaymentService = orderPaymentService;
    }
}
