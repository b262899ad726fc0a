package io.loyaltyclub.demo.payment;

import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;

import io.loyaltyclub.broadleaf.payment.InShopPaymentGateway;

/**
 * "Pay on delivery (demo)": the demo shop's payment method. Nothing leaves the shop: at checkout Broadleaf's
 * {@code ValidateAndConfirmPaymentActivity} asks this gateway to confirm the payment's unconfirmed transaction,
 * and it answers "authorized and captured" for the full amount; a checkout that fails later voids it again.
 *
 * <p>Registered in {@code blPaymentGatewayConfigurationServices} by the demo's common context, in the storefront
 * and the admin (the admin must know the gateway type to show the order's payments).</p>
 */
public class PayOnDeliveryGateway extends InShopPaymentGateway {

    /** The gateway type stored on the demo's order payments. */
    public static final PaymentGatewayType TYPE = new PaymentGatewayType("DEMO_PAY_ON_DELIVERY", "Pay on delivery (demo)");

    /** What the shop calls this payment method. */
    public static final String DISPLAY_NAME = "Pay on delivery (demo)";

    @Override
    public PaymentGatewayType getGatewayType() {
        return TYPE;
    }

    @Override
    protected PaymentType paymentType() {
        return PaymentType.COD;
    }

    @Override
    protected PaymentResponseDTO confirm(PaymentRequestDTO request) {
        return answer(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, true,
                DISPLAY_NAME + ": " + PaymentTransactionType.AUTHORIZE_AND_CAPTURE.getType());
    }

    @Override
    protected PaymentResponseDTO giveBack(PaymentRequestDTO request, PaymentTransactionType type) {
        return answer(request, type, true, DISPLAY_NAME + ": " + type.getType());
    }
}
