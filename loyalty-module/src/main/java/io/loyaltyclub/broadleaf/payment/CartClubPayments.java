package io.loyaltyclub.broadleaf.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Date;
import java.util.UUID;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.CreditBalance;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.payment.PointsPaymentPolicy;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.program.RequestMemo;

/**
 * The member's store credit and points applied to their cart, as Broadleaf order payments (type
 * {@code CUSTOMER_CREDIT}) confirmed at checkout by {@link StoreCreditGateway} and {@link PointsPaymentGateway}.
 * Nothing is taken from the member here: applying checks the request and records what the member asked for;
 * the pricing workflow fits it to the cart ({@link ClubPaymentsPricingActivity}); the checkout takes it.
 *
 * <p>A cart holds at most one payment of each kind: applying again replaces the earlier one. Every request is
 * checked first, and a refused one changes nothing: a cart of another customer, an empty cart, an amount that is
 * not positive or has more decimals than the currency, more than the member has, points outside the program's
 * step, minimum or share.</p>
 */
public class CartClubPayments {

    private OrderService orderService;
    private OrderPaymentService orderPaymentService;
    private PointsLedger pointsLedger;
    private CreditLedger creditLedger;
    private ProgramService program;

    /** Pays {@code points} of the cart with points; returns the repriced cart. */
    public Order applyPoints(Order cart, Customer customer, long points) {
        requireOwnCart(cart, customer);
        ProgramSettings settings = RequestMemo.settings(program);
        String currency = currencyOf(cart);
        BigDecimal rate = program.rateToBase(currency, settings);
        PointsPaymentPolicy policy = settings.pointsPaymentPolicy();
        long available = pointsLedger.balance(customer.getId()).getAvailable();
        policy.check(points, available, cart.getTotal().getAmount(), rate, scaleOf(currency));
        remove(cart, PointsPaymentGateway.TYPE);
        add(cart, customer, PointsPaymentGateway.TYPE, policy.valueOf(points, rate, scaleOf(currency)), String.valueOf(points),
                String.valueOf(points));
        return reprice(cart);
    }

    /**
     * Pays part or all of the cart with store credit: {@code amount}, or when it is null as much as the member
     * has and the cart still needs after points. Returns the repriced cart.
     */
    public Order applyCredit(Order cart, Customer customer, BigDecimal amount) {
        requireOwnCart(cart, customer);
        String currency = currencyOf(cart);
        CreditBalance balance = creditLedger.balance(customer.getId());
        BigDecimal available = balance.getAvailable() == null ? BigDecimal.ZERO : balance.getAvailable();
        if (balance.getCurrencyCode() != null && !balance.getCurrencyCode().equals(currency)) {
            throw new LoyaltyException("currency_mismatch", "your store credit is in " + balance.getCurrencyCode()
                    + ", this cart in " + currency);
        }
        OrderPayment points = unconfirmed(cart, PointsPaymentGateway.TYPE);
        BigDecimal open = cart.getTotal().getAmount()
                .subtract(points == null ? BigDecimal.ZERO : points.getAmount().getAmount()).max(BigDecimal.ZERO);
        BigDecimal applied;
        if (amount == null) {
            applied = available.min(open).setScale(scaleOf(currency), RoundingMode.DOWN);
            if (applied.signum() == 0) {
                throw new LoyaltyException("insufficient_credit", "you have no store credit to use");
            }
        } else {
            if (amount.signum() <= 0) {
                throw new LoyaltyException("invalid_amount", "apply a positive amount of store credit, not "
                        + amount.toPlainString());
            }
            if (amount.stripTrailingZeros().scale() > scaleOf(currency)) {
                throw new LoyaltyException("invalid_amount", currency + " has " + scaleOf(currency) + " decimals; "
                        + amount.toPlainString() + " has more");
            }
            if (amount.compareTo(available) > 0) {
                throw new LoyaltyException("insufficient_credit", "you have " + available.toPlainString()
                        + " of store credit, " + amount.toPlainString() + " was asked");
            }
            if (amount.compareTo(open) > 0) {
                throw new LoyaltyException("exceeds_order_total", "the cart needs " + open.toPlainString()
                        + " more, " + amount.toPlainString() + " was asked");
            }
            applied = amount.setScale(scaleOf(currency), RoundingMode.UNNECESSARY);
        }
        remove(cart, StoreCreditGateway.TYPE);
        add(cart, customer, StoreCreditGateway.TYPE, applied, applied.toPlainString(), null);
        return reprice(cart);
    }

    /** Takes the store-credit payment off the cart; returns the repriced cart. */
    public Order removeCredit(Order cart, Customer customer) {
        requireOwnCart(cart, customer);
        return remove(cart, StoreCreditGateway.TYPE) ? reprice(cart) : cart;
    }

    /** Takes the points payment off the cart; returns the repriced cart. */
    public Order removePoints(Order cart, Customer customer) {
        requireOwnCart(cart, customer);
        return remove(cart, PointsPaymentGateway.TYPE) ? reprice(cart) : cart;
    }

    /** The cart's club payment of the gateway type not yet confirmed, or null. */
    public static OrderPayment unconfirmed(Order order, PaymentGatewayType type) {
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive() && type.equals(payment.getGatewayType()) && !payment.isConfirmed()
                    && !payment.getTransactionsForType(PaymentTransactionType.UNCONFIRMED).isEmpty()) {
                return payment;
            }
        }
        return null;
    }

    // --- internals -------------------------------------------------------------------------------------------

    private void add(Order cart, Customer customer, PaymentGatewayType type, BigDecimal amount, String requested,
            String points) {
        String currency = currencyOf(cart);
        Money money = new Money(amount, currency);
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.CUSTOMER_CREDIT);
        payment.setPaymentGatewayType(type);
        payment.setAmount(money);
        String ref = UUID.randomUUID().toString();
        payment.setReferenceNumber(ref);
        payment.setOrder(cart);
        PaymentTransaction transaction = orderPaymentService.createTransaction();
        transaction.setType(PaymentTransactionType.UNCONFIRMED);
        transaction.setAmount(money);
        transaction.setDate(new Date());
        transaction.setOrderPayment(payment);
        transaction.getAdditionalFields().put(ClubPaymentGateway.PAYMENT_REF, ref);
        transaction.getAdditionalFields().put(ClubPaymentGateway.CUSTOMER_ID, String.valueOf(customer.getId()));
        transaction.getAdditionalFields().put(ClubPaymentGateway.REQUESTED, requested);
        if (points != null) {
            transaction.getAdditionalFields().put(ClubPaymentGateway.POINTS, points);
        }
        payment.addTransaction(transaction);
        orderService.addPaymentToOrder(cart, payment, null);
    }

    private boolean remove(Order cart, PaymentGatewayType type) {
        OrderPayment existing = unconfirmed(cart, type);
        if (existing == null) {
            return false;
        }
        orderService.removePaymentFromOrder(cart, existing);
        return true;
    }

    private Order reprice(Order cart) {
        try {
            return orderService.save(cart, true);
        } catch (PricingException e) {
            throw new IllegalStateException("could not price cart " + cart.getId(), e);
        }
    }

    static void requireOwnCart(Order cart, Customer customer) {
        if (customer == null || customer.getId() == null || !customer.isRegistered()) {
            throw new LoyaltyException("sign_in_required", "sign in to pay with store credit or points");
        }
        if (cart == null || cart.getCustomer() == null || !customer.getId().equals(cart.getCustomer().getId())) {
            throw new LoyaltyException("not_your_cart", "this cart does not belong to you");
        }
        if (!OrderStatus.IN_PROCESS.equals(cart.getStatus())) {
            throw new LoyaltyException("not_a_cart", "order " + cart.getId() + " is no longer a cart");
        }
        if (cart.getItemCount() == 0 || cart.getTotal() == null || cart.getTotal().getAmount().signum() <= 0) {
            throw new LoyaltyException("empty_cart", "the cart is empty");
        }
    }

    static String currencyOf(Order cart) {
        return cart.getCurrency() != null ? cart.getCurrency().getCurrencyCode() : cart.getTotal().getCurrency().getCurrencyCode();
    }

    static int scaleOf(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    public void setOrderService(OrderService orderService) {
        this.orderService = orderService;
    }

    public void setOrderPaymentService(OrderPaymentService orderPaymentService) {
        this.orderPaymentService = orderPaymentService;
    }

    public void setPointsLedger(PointsLedger pointsLedger) {
        this.pointsLedger = pointsLedger;
    }

    public void setCreditLedger(CreditLedger creditLedger) {
        this.creditLedger = creditLedger;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }
}
