package io.loyaltyclub.broadleaf.payment;

import java.math.BigDecimal;
import java.util.Map;

import org.broadleafcommerce.common.payment.PaymentGatewayType;

import io.loyaltyclub.payment.ClubPaymentRequest;

/** Paying part or all of an order with the member's store credit (a {@code CUSTOMER_CREDIT} payment). */
public class StoreCreditGateway extends ClubPaymentGateway {

    public static final PaymentGatewayType TYPE = new PaymentGatewayType("LOYALTY_STORE_CREDIT", "Store credit");

    @Override
    public PaymentGatewayType getGatewayType() {
        return TYPE;
    }

    @Override
    protected ClubPaymentRequest request(String paymentRef, long orderId, long customerId, String currencyCode,
            BigDecimal orderTotal, BigDecimal amount, Map<String, Object> fields) {
        return ClubPaymentRequest.credit(paymentRef, orderId, customerId, currencyCode, orderTotal, amount);
    }
}
