package io.loyaltyclub.broadleaf.payment;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.dto.PaymentRequestDTO;
import org.broadleafcommerce.common.payment.dto.PaymentResponseDTO;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.payment.ClubPaymentRequest;
import io.loyaltyclub.payment.ClubPaymentService;

/**
 * The gateway of a club payment (store credit or points): Broadleaf's {@code ValidateAndConfirmPaymentActivity}
 * asks it to confirm the payment's unconfirmed transaction at checkout, and it takes the credit or points from
 * the member's account ({@link ClubPaymentService#confirm}); when a later step of the checkout fails,
 * Broadleaf's {@code ConfirmPaymentsRollbackHandler} asks it to give them back ({@link ClubPaymentService#voidPayment}).
 *
 * <p>What the club needs travels in the transaction's additional fields, set when the member applied the
 * payment ({@link CartClubPayments}): the payment's reference, the member, and for points the number of points.
 * The confirmation copies the reference onto the confirmed transaction, which is what a rollback is asked
 * with.</p>
 *
 * <p>A member who no longer has enough (spent in another tab meanwhile) gets an unsuccessful confirmation:
 * Broadleaf stops the checkout, and nothing was taken.</p>
 */
public abstract class ClubPaymentGateway extends InShopPaymentGateway {

    /** The club's reference of a payment (a random UUID), unique over all club payments. */
    public static final String PAYMENT_REF = "loyaltyPaymentRef";
    /** The member the payment belongs to. */
    public static final String CUSTOMER_ID = "loyaltyCustomerId";
    /** What the member asked to pay: points, or an amount of store credit. */
    public static final String REQUESTED = "loyaltyRequested";
    /** The points a points payment uses now (the order may have shrunk since the member applied them). */
    public static final String POINTS = "loyaltyPoints";

    private static final Log LOG = LogFactory.getLog(ClubPaymentGateway.class);

    private ClubPaymentService payments;
    private OrderService orderService;
    private SeparateEntityManager separately;

    /** What to take for the payment, from its fields. */
    protected abstract ClubPaymentRequest request(String paymentRef, long orderId, long customerId, String currencyCode,
            BigDecimal orderTotal, BigDecimal amount, Map<String, Object> fields);

    @Override
    protected PaymentType paymentType() {
        return PaymentType.CUSTOMER_CREDIT;
    }

    @Override
    protected PaymentResponseDTO confirm(PaymentRequestDTO request) {
        Map<String, Object> fields = request.getAdditionalFields();
        String ref = text(fields, PAYMENT_REF);
        try {
            long orderId = Long.parseLong(request.getOrderId());
            long customerId = Long.parseLong(text(fields, CUSTOMER_ID));
            Order order = orderService.findOrderById(orderId);
            if (order == null || order.getCustomer() == null || !Long.valueOf(customerId).equals(order.getCustomer().getId())) {
                throw new LoyaltyException("not_your_order", "order " + orderId + " is not member " + customerId + "'s");
            }
            final ClubPaymentRequest payment = request(ref, orderId, customerId, request.getOrderCurrencyCode(),
                    order.getTotal().getAmount(), new BigDecimal(request.getTransactionTotal()), fields);
            separately.call(() -> payments.confirm(payment));
            return answer(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, true, getGatewayType().getFriendlyType())
                    .responseMap(PAYMENT_REF, ref)
                    .responseMap(CUSTOMER_ID, String.valueOf(customerId));
        } catch (LoyaltyException e) {
            LOG.info("Club payment " + ref + " of order " + request.getOrderId() + " refused: " + e.getMessage());
            return answer(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, false, e.getCode() + ": " + e.getMessage())
                    .responseMap(PAYMENT_REF, ref == null ? "" : ref);
        } catch (NumberFormatException e) {
            LOG.warn("Club payment " + ref + " of order " + request.getOrderId() + " has malformed fields " + fields);
            return answer(request, PaymentTransactionType.AUTHORIZE_AND_CAPTURE, false, "malformed club payment");
        }
    }

    @Override
    protected PaymentResponseDTO giveBack(PaymentRequestDTO request, PaymentTransactionType type) {
        String ref = text(request.getAdditionalFields(), PAYMENT_REF);
        try {
            final String reason = "checkout of order " + request.getOrderId() + " did not complete";
            separately.call(() -> payments.voidPayment(ref, reason));
            return answer(request, type, true, getGatewayType().getFriendlyType() + ": given back");
        } catch (RuntimeException e) {
            LOG.error("Could not give back club payment " + ref + " of order " + request.getOrderId(), e);
            return answer(request, type, false, e.toString());
        }
    }

    protected static String text(Map<String, Object> fields, String key) {
        Object value = fields == null ? null : fields.get(key);
        return value == null ? null : value.toString();
    }

    public void setPayments(ClubPaymentService payments) {
        this.payments = payments;
    }

    public void setSeparately(SeparateEntityManager separately) {
        this.separately = separately;
    }

    public void setOrderService(OrderService orderService) {
        this.orderService = orderService;
    }
}
