package io.loyaltyclub.broadleaf.payment;

import static io.loyaltyclub.broadleaf.payment.PointsPaymentIT.assertRefused;
import static io.loyaltyclub.broadleaf.payment.PointsPaymentIT.clubPayments;
import static io.loyaltyclub.broadleaf.payment.PointsPaymentIT.ledger;
import static io.loyaltyclub.broadleaf.payment.PointsPaymentIT.payments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.payment.ClubPayment;
import io.loyaltyclub.payment.ClubPaymentKind;
import io.loyaltyclub.payment.ClubPaymentStatus;
import io.loyaltyclub.payment.RefundSplit;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.FailingCheckoutActivity;
import io.loyaltyclub.testing.ShopFixtures;

/** Paying with store credit, alone and with points, through Broadleaf's real pricing and checkout workflows. */
@ExtendWith(BroadleafExtension.class)
class StoreCreditPaymentIT {

    @Test
    void creditPaysPartOfTheOrderTheCardTheRestAndTheCreditPartEarnsNothing(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer customer = memberWithCredit(context, shop, "30.00");
        Order cart = payments(context).applyCredit(shop.cart(customer, shop.product("Kettle", "50.00"), 1), customer, null);
        assertThat(creditPayment(cart).getAmount().getAmount()).as("all of it").isEqualByComparingTo("30.00");

        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("0.00");
        assertThat(context.jdbc().queryForObject("SELECT ELIGIBLE_AMOUNT FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?",
                BigDecimal.class, order.getId())).isEqualByComparingTo("20.00");
        assertThat(context.jdbc().queryForObject("SELECT POINTS FROM LOY_POINTS_ENTRY WHERE ORDER_ID = ? AND ENTRY_TYPE = 'EARN'",
                Long.class, order.getId())).isEqualTo(20);
    }

    @Test
    void creditCoveringTheWholeOrderNeedsNoOtherPayment(BroadleafContext context, ShopFixtures shop) throws Exception {
        Customer customer = memberWithCredit(context, shop, "100.00");
        Order cart = payments(context).applyCredit(shop.cart(customer, shop.product("Kettle", "40.00"), 1), customer, null);

        Order order = shop.checkout(cart).getOrder();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.getPayments()).hasSize(1);
        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("60.00");
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_POINTS_ENTRY WHERE ORDER_ID = ? AND ENTRY_TYPE = 'EARN'",
                Long.class, order.getId())).as("nothing paid with own money, nothing earned").isZero();
    }

    /** The worked example of the README's "Paying with store credit and points". */
    @Test
    void creditPointsAndCardTogetherAndARefundSharedBetweenThem(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer customer = memberWithCredit(context, shop, "30.00");
        ledger(context).adjust(customer.getId(), 8000, "welcome gift", "test", "seed:" + UUID.randomUUID());
        Order cart = shop.cart(customer, shop.product("Bike bag", "100.00"), 1);
        cart = payments(context).applyPoints(cart, customer, 5000);
        cart = payments(context).applyCredit(cart, customer, null);
        assertThat(creditPayment(cart).getAmount().getAmount()).isEqualByComparingTo("30.00");

        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(3000);
        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("0.00");
        List<ClubPayment> paid = clubPayments(context).payments(order.getId());
        assertThat(paid).extracting(ClubPayment::getKind).containsExactlyInAnyOrder(ClubPaymentKind.POINTS, ClubPaymentKind.CREDIT);
        assertThat(context.jdbc().queryForObject("SELECT POINTS FROM LOY_POINTS_ENTRY WHERE ORDER_ID = ? AND ENTRY_TYPE = 'EARN'",
                Long.class, order.getId())).as("only the 20.00 paid by card earns").isEqualTo(20);

        // 100.00 paid 50.00 with points, 30.00 with credit, 20.00 by card. 40.00 comes back:
        // cash 20/100 of it = 8.00; of the club's 32.00, credit 30/80 = 12.00 and points 20.00 = 2000 points.
        RefundSplit split = context.bean("blLoyaltyOrderRefunds", OrderRefunds.class)
                .refund(order.getId(), "rma-" + order.getId(), new BigDecimal("40.00"), "two items back");
        assertThat(split.getCash()).isEqualByComparingTo("8.00");
        assertThat(split.getCredit()).isEqualByComparingTo("12.00");
        assertThat(split.getPoints()).isEqualTo(2000);
        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("12.00");
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(5000);

        shop.orderService().cancelOrder(shop.orderService().findOrderById(order.getId()));
        assertThat(credit(context).balance(customer.getId()).getAvailable()).as("the rest on cancellation")
                .isEqualByComparingTo("30.00");
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(8000);
    }

    @Test
    void aCheckoutFailingAfterThePaymentsGivesTheCreditBack(BroadleafContext context, ShopFixtures shop) {
        Customer customer = memberWithCredit(context, shop, "25.00");
        Order cart = payments(context).applyCredit(shop.cart(customer, shop.product("Kettle", "40.00"), 1), customer,
                new BigDecimal("25"));
        Order paidCart = shop.payRestWithTestGateway(cart);
        context.bean("blLoyaltyFailingCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();

        assertThatThrownBy(() -> shop.checkout(paidCart)).isInstanceOf(CheckoutException.class);

        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("25.00");
        assertThat(clubPayments(context).payments(cart.getId())).extracting(ClubPayment::getStatus)
                .containsExactly(ClubPaymentStatus.VOIDED);
    }

    @Test
    void theCartNeverHoldsMoreCreditThanItCosts(BroadleafContext context, ShopFixtures shop) throws Exception {
        Customer customer = memberWithCredit(context, shop, "50.00");
        Product cup = shop.product("Cup", "20.00");
        Order cart = payments(context).applyCredit(shop.cart(customer, cup, 2), customer, new BigDecimal("35.00"));
        assertThat(creditPayment(cart).getAmount().getAmount()).isEqualByComparingTo("35.00");

        OrderItemRequestDTO one = new OrderItemRequestDTO(cup.getId(), cup.getDefaultSku().getId(), 1);
        one.setOrderItemId(cart.getDiscreteOrderItems().get(0).getId());
        cart = shop.orderService().updateItemQuantity(cart.getId(), one, true);
        assertThat(creditPayment(cart).getAmount().getAmount()).as("no more than the new total")
                .isEqualByComparingTo("20.00");

        cart = shop.add(cart, cup, 1);
        assertThat(creditPayment(cart).getAmount().getAmount()).as("back to what was asked").isEqualByComparingTo("35.00");
        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("15.00");
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing(BroadleafContext context, ShopFixtures shop) {
        Customer customer = memberWithCredit(context, shop, "20.00");
        Product kettle = shop.product("Kettle", "40.00");
        Order cart = shop.cart(customer, kettle, 1);
        CartClubPayments payments = payments(context);

        assertRefused(() -> payments.applyCredit(cart, customer, new BigDecimal("20.01")), "insufficient_credit");
        assertRefused(() -> payments.applyCredit(cart, customer, new BigDecimal("-5.00")), "invalid_amount");
        assertRefused(() -> payments.applyCredit(cart, customer, BigDecimal.ZERO), "invalid_amount");
        assertRefused(() -> payments.applyCredit(cart, customer, new BigDecimal("1.005")), "invalid_amount");
        Order small = shop.cart(customer, shop.product("Spoon", "5.00"), 1);
        assertRefused(() -> payments.applyCredit(small, customer, new BigDecimal("10.00")), "exceeds_order_total");
        assertRefused(() -> payments.applyCredit(cart, shop.customer(), new BigDecimal("1.00")), "not_your_cart");
        Order empty = shop.orderService().createNewCartForCustomer(customer);
        assertRefused(() -> payments.applyCredit(empty, customer, new BigDecimal("1.00")), "empty_cart");
        Customer broke = shop.customer();
        Order brokeCart = shop.cart(broke, kettle, 1);
        assertRefused(() -> payments.applyCredit(brokeCart, broke, null), "insufficient_credit");

        assertThat(shop.orderService().findOrderById(cart.getId()).getPayments()).isEmpty();
        assertThat(shop.orderService().findOrderById(small.getId()).getPayments()).isEmpty();
        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("20.00");
    }

    @Test
    void twoTabsCheckingOutAtOnceNeverSpendMoreCreditThanTheMemberHas(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer customer = memberWithCredit(context, shop, "50.00");
        Product lamp = shop.product("Lamp", "60.00");
        final List<Order> carts = new ArrayList<Order>();
        for (int tab = 0; tab < 2; tab++) {
            Order cart = payments(context).applyCredit(shop.cart(customer, lamp, 1), customer, new BigDecimal("30.00"));
            carts.add(shop.payRestWithTestGateway(cart));
        }
        assertThat(TabsCheckingOut.checkOutAtOnce(context, shop, carts)).isEqualTo(1);
        assertThat(credit(context).balance(customer.getId()).getAvailable()).isEqualByComparingTo("20.00");
        assertThat(context.jdbc().queryForObject("SELECT -SUM(e.AMOUNT) FROM LOY_CREDIT_ENTRY e JOIN LOY_CREDIT_ACCOUNT a"
                + " ON a.ID = e.ACCOUNT_ID WHERE a.CUSTOMER_ID = ? AND e.ENTRY_TYPE = 'SPEND'", BigDecimal.class,
                customer.getId())).isEqualByComparingTo("30.00");
    }

    static Customer memberWithCredit(BroadleafContext context, ShopFixtures shop, String amount) {
        Customer customer = shop.customer();
        credit(context).adjust(customer.getId(), new BigDecimal(amount), ShopFixtures.CURRENCY, "goodwill", "test",
                "seed:" + UUID.randomUUID());
        return customer;
    }

    static OrderPayment creditPayment(Order cart) {
        OrderPayment payment = CartClubPayments.unconfirmed(cart, StoreCreditGateway.TYPE);
        assertThat(payment).isNotNull();
        return payment;
    }

    static CreditLedger credit(BroadleafContext context) {
        return context.bean("blLoyaltyCreditLedger", CreditLedger.class);
    }
}
