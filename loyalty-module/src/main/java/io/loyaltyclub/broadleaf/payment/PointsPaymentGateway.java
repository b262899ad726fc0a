package io.loyaltyclub.broadleaf.payment;

import java.math.BigDecimal;
import java.util.Map;

import org.broadleafcommerce.common.payment.PaymentGatewayType;

import io.loyaltyclub.payment.ClubPaymentRequest;

/**
 * Paying part of an order with points.
 *
 * <p>Why a payment and not an order adjustment: points spent are the member's value being used, like a gift
 * card, not a price the shop lowers. As a payment (type {@code CUSTOMER_CREDIT}) the points are taken inside
 * Broadleaf's checkout, by the same confirmation and rollback as every other payment, so a failed checkout
 * gives them back; the prices, offers and tax of the order stay those of the catalogue; and a refund can be
 * shared between the ways the order was paid. Broadleaf 3.1 has no order adjustment without an offer, so an
 * adjustment would have meant a hidden offer per redemption. Paid with points is not paid with the member's own
 * money: that part earns neither points nor cash-back.</p>
 */
public class PointsPaymentGateway extends ClubPaymentGateway {

    public static final PaymentGatewayType TYPE = new PaymentGatewayType("LOYALTY_POINTS", "Loyalty points");

    @Override
    public PaymentGatewayType getGatewayType() {
        return TYPE;
    }

    @Override
    protected ClubPaymentRequest request(String paymentRef, long orderId, long customerId, String currencyCode,
            BigDecimal orderTotal, BigDecimal amount, Map<String, Object> fields) {
        return ClubPaymentRequest.points(paymentRef, orderId, customerId, currencyCode, orderTotal, amount,
                Long.parseLong(text(fields, POINTS)));
    }
}
