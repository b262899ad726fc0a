package io.loyaltyclub.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;

import io.loyaltyclub.broadleaf.payment.InShopPaymentGateway;

/**
 * A payment gateway for tests that needs no outside service: it confirms every payment at checkout as
 * authorized and captured, and voids it when the checkout rolls back. It counts both, so tests can see
 * that a failed checkout gave the money back.
 */
public class TestPaymentGateway extends InShopPaymentGateway {

    public static final PaymentGatewayType TYPE = new PaymentGatewayType("LOYALTY_TEST_GATEWAY", "Test gateway");

    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();

    @Override
    public PaymentGatewayType getGatewayType() {
        return TYPE;
    }

    @Override
    protected PaymentType paymentType() {
        return PaymentType.THIRD_PARTY_ACCOUNT;
    }

    @Override
    protected PaymentResponseDTO confirm(PaymentRequestDTO request) {
        confirmed.incrementAndGet();
        return answer(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, true, "test gateway: confirmed");
    }

    @Override
    protected PaymentResponseDTO giveBack(PaymentRequestDTO request, PaymentTransactionType type) {
        rolledBack.incrementAndGet();
        return answer(request, type, true, "test gateway: " + type.getType());
    }

    public int confirmedCount() {
        return confirmed.get();
    }

    public int rolledBackCount() {
        return rolledBack.get();
    }
}
