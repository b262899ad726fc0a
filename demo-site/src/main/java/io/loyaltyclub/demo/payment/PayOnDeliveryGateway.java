package io.loyaltyclub.demo.payment;

import java.math.BigDecimal;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.common.payment.service.PaymentGatewayConfiguration;
import org.broadleafcommerce.common.payment.service.PaymentGatewayConfigurationService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayCreditCardService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayCustomerService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayFraudService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayHostedService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayReportingService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayRollbackService;
import org.broadleafcommerce.common.payment.service.PaymentGatewaySubscriptionService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionConfirmationService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransactionService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayTransparentRedirectService;
import org.broadleafcommerce.common.payment.service.PaymentGatewayWebResponseService;
import org.broadleafcommerce.common.web.payment.expression.PaymentGatewayFieldExtensionHandler;
import org.broadleafcommerce.common.web.payment.processor.CreditCardTypesExtensionHandler;
import org.broadleafcommerce.common.web.payment.processor.TRCreditCardExtensionHandler;

/**
 * "Pay on delivery (demo)": the demo shop's payment method. Nothing leaves the shop: at checkout Broadleaf's
 * {@code ValidateAndConfirmPaymentActivity} asks this gateway to confirm the payment's unconfirmed transaction,
 * and it answers "authorized and captured" for the full amount; a checkout that fails later voids it again.
 *
 * <p>Registered in {@code blPaymentGatewayConfigurationServices} by the demo's common context, in the storefront
 * and the admin (the admin must know the gateway type to show the order's payments).</p>
 */
public class PayOnDeliveryGateway implements PaymentGatewayConfigurationService, PaymentGatewayConfiguration,
        PaymentGatewayTransactionConfirmationService, PaymentGatewayRollbackService {

    /** The gateway type stored on the demo's order payments. */
    public static final PaymentGatewayType TYPE = new PaymentGatewayType("DEMO_PAY_ON_DELIVERY", "Pay on delivery (demo)");

    /** What the shop calls this payment method. */
    public static final String DISPLAY_NAME = "Pay on delivery (demo)";

    @Override
    public PaymentResponseDTO confirmTransaction(PaymentRequestDTO request) {
        return answer(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorize(PaymentRequestDTO request) {
        return answer(request, PaymentTransactionType.REVERSE_AUTH);
    }

    @Override
    public PaymentResponseDTO rollbackCapture(PaymentRequestDTO request) {
        return answer(request, PaymentTransactionType.REFUND);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorizeAndCapture(PaymentRequestDTO request) {
        return answer(request, PaymentTransactionType.VOID);
    }

    @Override
    public PaymentResponseDTO rollbackRefund(PaymentRequestDTO request) {
        return answer(request, PaymentTransactionType.VOID);
    }

    private static PaymentResponseDTO answer(PaymentRequestDTO request, PaymentTransactionType type) {
        BigDecimal total = new BigDecimal(request.getTransactionTotal());
        Money amount = request.getOrderCurrencyCode() == null
                ? new Money(total) : new Money(total, request.getOrderCurrencyCode());
        return new PaymentResponseDTO(PaymentType.COD, TYPE)
                .amount(amount)
                .orderId(request.getOrderId())
                .paymentTransactionType(type)
                .successful(true)
                .rawResponse(DISPLAY_NAME + ": " + type.getType());
    }

    // --- what this gateway does ------------------------------------------------------------------------

    @Override
    public PaymentGatewayConfiguration getConfiguration() {
        return this;
    }

    @Override
    public PaymentGatewayType getGatewayType() {
        return TYPE;
    }

    @Override
    public boolean handlesMultiplePayments() {
        return true;
    }

    @Override
    public boolean isPerformAuthorizeAndCapture() {
        return true;
    }

    @Override
    public void setPerformAuthorizeAndCapture(boolean performAuthorizeAndCapture) {
        // Payment on delivery is always taken in full at once.
    }

    @Override
    public int getFailureReportingThreshold() {
        return 0;
    }

    @Override
    public void setFailureReportingThreshold(int failureReportingThreshold) {
        // Nothing can fail outside the shop.
    }

    @Override
    public boolean handlesAuthorize() {
        return false;
    }

    @Override
    public boolean handlesCapture() {
        return false;
    }

    @Override
    public boolean handlesAuthorizeAndCapture() {
        return true;
    }

    @Override
    public boolean handlesReverseAuthorize() {
        return false;
    }

    @Override
    public boolean handlesVoid() {
        return true;
    }

    @Override
    public boolean handlesRefund() {
        return false;
    }

    @Override
    public boolean handlesPartialCapture() {
        return false;
    }

    @Override
    public boolean handlesMultipleShipment() {
        return false;
    }

    @Override
    public boolean handlesRecurringPayment() {
        return false;
    }

    @Override
    public boolean handlesSavedCustomerPayment() {
        return false;
    }

    // --- the services Broadleaf asks for: only confirmation and rollback exist ----------------------------

    @Override
    public PaymentGatewayTransactionConfirmationService getTransactionConfirmationService() {
        return this;
    }

    @Override
    public PaymentGatewayRollbackService getRollbackService() {
        return this;
    }

    @Override
    public PaymentGatewayTransactionService getTransactionService() {
        return null;
    }

    @Override
    public PaymentGatewayReportingService getReportingService() {
        return null;
    }

    @Override
    public PaymentGatewayCreditCardService getCreditCardService() {
        return null;
    }

    @Override
    public PaymentGatewayCustomerService getCustomerService() {
        return null;
    }

    @Override
    public PaymentGatewaySubscriptionService getSubscriptionService() {
        return null;
    }

    @Override
    public PaymentGatewayFraudService getFraudService() {
        return null;
    }

    @Override
    public PaymentGatewayHostedService getHostedService() {
        return null;
    }

    @Override
    public PaymentGatewayWebResponseService getWebResponseService() {
        return null;
    }

    @Override
    public PaymentGatewayTransparentRedirectService getTransparentRedirectService() {
        return null;
    }

    @Override
    public TRCreditCardExtensionHandler getCreditCardExtensionHandler() {
        return null;
    }

    @Override
    public PaymentGatewayFieldExtensionHandler getFieldExtensionHandler() {
        return null;
    }

    @Override
    public CreditCardTypesExtensionHandler getCreditCardTypesExtensionHandler() {
        return null;
    }
}
