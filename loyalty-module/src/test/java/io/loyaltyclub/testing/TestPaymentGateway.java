package io.loyaltyclub.testing;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentType;

import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
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
import org.broadleafcommerce.common.web.payment.processor.CreditCardTypesExtensionHandler;
import org.broadleafcommerce.common.web.payment.processor.TRCreditCardExtensionHandler;
import org.broadleafcommerce.common.web.payment.expression.PaymentGatewayFieldExtensionHandler;

/**
 * A payment gateway for tests that needs no outside service: it confirms every payment at checkout as
 * authorized and captured, and voids it when the checkout rolls back. It counts both, so tests can see
 * that a failed checkout gave the money back.
 */
public class TestPaymentGateway implements PaymentGatewayConfigurationService, PaymentGatewayConfiguration,
        PaymentGatewayTransactionConfirmationService, PaymentGatewayRollbackService {

    public static final PaymentGatewayType TYPE = new PaymentGatewayType("LOYALTY_TEST_GATEWAY", "Test gateway");

    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();

    @Override
    public PaymentResponseDTO confirmTransaction(PaymentRequestDTO request) {
        confirmed.incrementAndGet();
        return response(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorize(PaymentRequestDTO request) {
        return rollback(request, PaymentTransactionType.REVERSE_AUTH);
    }

    @Override
    public PaymentResponseDTO rollbackCapture(PaymentRequestDTO request) {
        return rollback(request, PaymentTransactionType.REFUND);
    }

    @Override
    public PaymentResponseDTO rollbackAuthorizeAndCapture(PaymentRequestDTO request) {
        return rollback(request, PaymentTransactionType.VOID);
    }

    @Override
    public PaymentResponseDTO rollbackRefund(PaymentRequestDTO request) {
        return rollback(request, PaymentTransactionType.VOID);
    }

    public int confirmedCount() {
        return confirmed.get();
    }

    public int rolledBackCount() {
        return rolledBack.get();
    }

    private PaymentResponseDTO rollback(PaymentRequestDTO request, PaymentTransactionType type) {
        rolledBack.incrementAndGet();
        return response(request, type);
    }

    private static PaymentResponseDTO response(PaymentRequestDTO request, PaymentTransactionType type) {
        BigDecimal total = new BigDecimal(request.getTransactionTotal());
        Money amount = request.getOrderCurrencyCode() == null ? new Money(total) : new Money(total, request.getOrderCurrencyCode());
        return new PaymentResponseDTO(PaymentType.THIRD_PARTY_ACCOUNT, TYPE)
                .amount(amount)
                .orderId(request.getOrderId())
                .paymentTransactionType(type)
                .successful(true)
                .rawResponse("test gateway: " + type.getType());
    }

    // --- configuration -------------------------------------------------------------------------------------

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
