package io.loyaltyclub.broadleaf.payment;

import java.math.BigDecimal;

import org.broadleafcommerce.common.money.Money;
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
 * A Broadleaf 3.1 payment gateway configuration for payments settled inside the shop, with no outside service:
 * store credit, points, a demo shop's "pay on delivery". At checkout Broadleaf's
 * {@code ValidateAndConfirmPaymentActivity} asks it to confirm each unconfirmed transaction of its payments
 * ({@link #confirmTransaction}); when a later checkout step fails, Broadleaf's rollback asks it to give the
 * money back ({@link #rollbackAuthorizeAndCapture} and friends). A subclass says what confirming and giving back
 * mean; the rest of Broadleaf's gateway interfaces (hosted pages, credit cards, reporting) do not apply.
 *
 * <p>Register an instance in {@code blPaymentGatewayConfigurationServices} (a {@code LateStageMergeBeanPostProcessor})
 * in both the storefront and the admin, so both know its gateway type.</p>
 */
public abstract class InShopPaymentGateway implements PaymentGatewayConfigurationService, PaymentGatewayConfiguration,
        PaymentGatewayTransactionConfirmationService, PaymentGatewayRollbackService {

    /** The payment type of this gateway's payments, e.g. {@code CUSTOMER_CREDIT}. */
    protected abstract PaymentType paymentType();

    /**
     * Settles the payment (takes the money from wherever it comes from); returns the response, normally
     * {@link #answer(PaymentRequestDTO, PaymentTransactionType, boolean, String)} with AUTHORIZE_AND_CAPTURE.
     */
    protected abstract PaymentResponseDTO confirm(PaymentRequestDTO request);

    /** Gives a confirmed payment back (a checkout failed after it); {@code type} is what Broadleaf records. */
    protected abstract PaymentResponseDTO giveBack(PaymentRequestDTO request, PaymentTransactionType type);

    @Override
    public PaymentResponseDTO confirmTransaction(PaymentRequestDTO request) {
        return confirm(request);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorize(PaymentRequestDTO request) {
        return giveBack(request, PaymentTransactionType.REVERSE_AUTH);
    }

    @Override
    public PaymentResponseDTO rollbackCapture(PaymentRequestDTO request) {
        return giveBack(request, PaymentTransactionType.REFUND);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorizeAndCapture(PaymentRequestDTO request) {
        return giveBack(request, PaymentTransactionType.VOID);
    }

    @Override
    public PaymentResponseDTO rollbackRefund(PaymentRequestDTO request) {
        return giveBack(request, PaymentTransactionType.VOID);
    }

    /** A response for the request's full amount in the order's currency. */
    protected PaymentResponseDTO answer(PaymentRequestDTO request, PaymentTransactionType type, boolean successful,
            String rawResponse) {
        BigDecimal total = new BigDecimal(request.getTransactionTotal());
        Money amount = request.getOrderCurrencyCode() == null ? new Money(total) : new Money(total, request.getOrderCurrencyCode());
        return new PaymentResponseDTO(paymentType(), getGatewayType())
                .amount(amount)
                .orderId(request.getOrderId())
                .paymentTransactionType(type)
                .successful(successful)
                .rawResponse(rawResponse);
    }

    // --- configuration -------------------------------------------------------------------------------------

    @Override
    public PaymentGatewayConfiguration getConfiguration() {
        return this;
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
        // always authorize and capture
    }

    @Override
    public int getFailureReportingThreshold() {
        return 0;
    }

    @Override
    public void setFailureReportingThreshold(int failureReportingThreshold) {
        // not used
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

    // --- services ------------------------------------------------------------------------------------------

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
