package io.loyaltyclub.broadleaf.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.payment.ClubPayment;
import io.loyaltyclub.payment.ClubPaymentService;
import io.loyaltyclub.payment.ClubPaymentStatus;
import io.loyaltyclub.payment.RefundSplit;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.FailingCheckoutActivity;
import io.loyaltyclub.testing.ShopFixtures;

/**
 * Paying with points through Broadleaf's real pricing and checkout workflows, with the program's defaults:
 * a point is worth 0.01, at least 100 points in steps of 100, at most 50 % of an order.
 */
@ExtendWith(BroadleafExtension.class)
class PointsPaymentIT {

    @Test
    void anOrderIsPaidPartlyWithPointsAndTheRestByCardAndThePointsPartEarnsNothing(BroadleafContext context,
            ShopFixtures shop) throws Exception {
        Customer customer = memberWithPoints(context, shop, 5000);
        Order cart = shop.cart(customer, shop.product("Lamp", "40.00"), 1);

        cart = payments(context).applyPoints(cart, customer, 2000);
        assertThat(pointsPayment(cart).getAmount().getAmount()).isEqualByComparingTo("20.00");
        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(3000);
        ClubPayment paid = clubPayments(context).payments(order.getId()).get(0);
        assertThat(paid.getStatus()).isEqualTo(ClubPaymentStatus.CONFIRMED);
        assertThat(paid.getPoints()).isEqualTo(2000);
        assertThat(paid.getAmount()).isEqualByComparingTo("20.00");
        assertThat(context.jdbc().queryForObject("SELECT ELIGIBLE_AMOUNT FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?",
                BigDecimal.class, order.getId())).as("what points paid earns nothing").isEqualByComparingTo("20.00");
        assertThat(context.jdbc().queryForObject("SELECT POINTS FROM LOY_POINTS_ENTRY WHERE ORDER_ID = ? AND ENTRY_TYPE = 'EARN'",
                Long.class, order.getId())).isEqualTo(20);
    }

    @Test
    void aCheckoutFailingAfterThePaymentsGivesThePointsBack(BroadleafContext context, ShopFixtures shop) {
        Customer customer = memberWithPoints(context, shop, 5000);
        Order cart = payments(context).applyPoints(shop.cart(customer, shop.product("Lamp", "40.00"), 1), customer, 1500);
        Order paidCart = shop.payRestWithTestGateway(cart);
        context.bean("blLoyaltyFailingCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();

        assertThatThrownBy(() -> shop.checkout(paidCart)).isInstanceOf(CheckoutException.class);

        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(5000);
        List<ClubPayment> recorded = clubPayments(context).payments(cart.getId());
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).getStatus()).isEqualTo(ClubPaymentStatus.VOIDED);
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_POINTS_ENTRY e JOIN LOY_POINTS_ACCOUNT a"
                + " ON a.ID = e.ACCOUNT_ID WHERE a.CUSTOMER_ID = ? AND e.ENTRY_TYPE IN ('REDEEM', 'REVERSE')", Long.class,
                customer.getId())).as("the redemption and its reversal").isEqualTo(2);
    }

    @Test
    void theCartFitsThePointsToItsNewTotalWhenItemsChange(BroadleafContext context, ShopFixtures shop) throws Exception {
        Customer customer = memberWithPoints(context, shop, 10000);
        Product chair = shop.product("Chair", "20.00");
        Order cart = payments(context).applyPoints(shop.cart(customer, chair, 2), customer, 2000);
        assertThat(pointsPayment(cart).getAmount().getAmount()).isEqualByComparingTo("20.00");

        DiscreteOrderItem line = cart.getDiscreteOrderItems().get(0);
        OrderItemRequestDTO one = new OrderItemRequestDTO(chair.getId(), chair.getDefaultSku().getId(), 1);
        one.setOrderItemId(line.getId());
        cart = shop.orderService().updateItemQuantity(cart.getId(), one, true);
        assertThat(pointsPayment(cart).getAmount().getAmount()).as("half of 20.00").isEqualByComparingTo("10.00");
        assertThat(pointsPayment(cart).getTransactions().get(0).getAdditionalFields().get(ClubPaymentGateway.POINTS))
                .isEqualTo("1000");

        cart = shop.add(cart, chair, 2);
        assertThat(pointsPayment(cart).getAmount().getAmount()).as("back to what the member asked for")
                .isEqualByComparingTo("20.00");

        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();
        assertThat(order.getTotal().getAmount()).isEqualByComparingTo("60.00");
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(8000);
    }

    @Test
    void requestsOutsideTheRulesAreRefusedAndChangeNothing(BroadleafContext context, ShopFixtures shop) {
        Customer customer = memberWithPoints(context, shop, 3000);
        Product lamp = shop.product("Lamp", "40.00");
        Order cart = shop.cart(customer, lamp, 1);
        CartClubPayments payments = payments(context);

        assertRefused(() -> payments.applyPoints(cart, customer, 150), "invalid_points_step");
        assertRefused(() -> payments.applyPoints(cart, customer, -100), "invalid_points");
        assertRefused(() -> payments.applyPoints(cart, customer, 0), "invalid_points");
        assertRefused(() -> payments.applyPoints(cart, customer, 2100), "exceeds_points_share");
        Order bigCart = shop.cart(customer, lamp, 10);
        assertRefused(() -> payments.applyPoints(bigCart, customer, 4000), "insufficient_points");
        Customer stranger = shop.customer();
        assertRefused(() -> payments.applyPoints(cart, stranger, 1000), "not_your_cart");
        Order empty = shop.orderService().createNewCartForCustomer(customer);
        assertRefused(() -> payments.applyPoints(empty, customer, 100), "empty_cart");

        ProgramService program = context.bean("blLoyaltyProgramService", ProgramService.class);
        ProgramSettings settings = program.settings();
        settings.setPointsPaymentMin(500);
        program.save(settings);
        try {
            assertRefused(() -> payments.applyPoints(cart, customer, 400), "below_points_minimum");
        } finally {
            settings = program.settings();
            settings.setPointsPaymentMin(100);
            program.save(settings);
        }

        Order reread = shop.orderService().findOrderById(cart.getId());
        assertThat(reread.getPayments()).isEmpty();
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(3000);
    }

    @Test
    void cancellingAnOrderGivesThePointsItWasPaidWithBack(BroadleafContext context, ShopFixtures shop) throws Exception {
        Customer customer = memberWithPoints(context, shop, 5000);
        Order cart = payments(context).applyPoints(shop.cart(customer, shop.product("Lamp", "40.00"), 1), customer, 2000);
        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(3000);

        shop.orderService().cancelOrder(order);

        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(5000);
        assertThat(ledger(context).balance(customer.getId()).getPending()).as("its earned points are taken back").isZero();
        assertThat(clubPayments(context).refunds(order.getId())).hasSize(1);
        assertThat(clubPayments(context).refundRest(order.getId(), "again")).as("nothing is left to give back").isNull();
    }

    @Test
    void partialRefundsGiveBackThePointsShareAndTheLastOneTheRest(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer customer = memberWithPoints(context, shop, 5000);
        Order cart = payments(context).applyPoints(shop.cart(customer, shop.product("Lamp", "40.00"), 1), customer, 2000);
        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();
        OrderRefunds refunds = context.bean("blLoyaltyOrderRefunds", OrderRefunds.class);

        RefundSplit first = refunds.refund(order.getId(), "rma-1", new BigDecimal("10.00"), "one item came back");
        assertThat(first.getCash()).isEqualByComparingTo("5.00");
        assertThat(first.getPoints()).isEqualTo(500);
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(3500);

        RefundSplit replay = refunds.refund(order.getId(), "rma-1", new BigDecimal("10.00"), "one item came back");
        assertThat(replay.getPoints()).isEqualTo(500);
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).as("a replay books nothing").isEqualTo(3500);
        assertRefused(() -> refunds.refund(order.getId(), "rma-1", new BigDecimal("11.00"), null), "idempotency_key_reused");
        assertRefused(() -> refunds.refund(order.getId(), "rma-2", new BigDecimal("30.01"), null), "refund_exceeds_order");
        assertRefused(() -> refunds.refund(order.getId(), "rma-2", new BigDecimal("1.001"), null), "invalid_amount");

        RefundSplit rest = refunds.refund(order.getId(), "rma-2", new BigDecimal("30.00"), "the rest");
        assertThat(rest.getCash()).isEqualByComparingTo("15.00");
        assertThat(rest.getPoints()).isEqualTo(1500);
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(5000);
    }

    @Test
    void twoTabsCheckingOutAtOnceNeverSpendMoreThanTheBalance(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer customer = memberWithPoints(context, shop, 5000);
        Product desk = shop.product("Desk", "80.00");
        final List<Order> carts = new ArrayList<Order>();
        for (int tab = 0; tab < 2; tab++) {
            Order cart = payments(context).applyPoints(shop.cart(customer, desk, 1), customer, 3000);
            carts.add(shop.payRestWithTestGateway(cart));
        }
        assertThat(TabsCheckingOut.checkOutAtOnce(context, shop, carts)).as("only one of the two can be paid with 3000 of 5000 points").isEqualTo(1);
        assertThat(ledger(context).balance(customer.getId()).getAvailable()).isEqualTo(2000);
        assertThat(context.jdbc().queryForObject("SELECT -SUM(e.POINTS) FROM LOY_POINTS_ENTRY e JOIN LOY_POINTS_ACCOUNT a"
                + " ON a.ID = e.ACCOUNT_ID WHERE a.CUSTOMER_ID = ? AND e.ENTRY_TYPE = 'REDEEM'", Long.class, customer.getId()))
                .isEqualTo(3000);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static Customer memberWithPoints(BroadleafContext context, ShopFixtures shop, long points) {
        Customer customer = shop.customer();
        ledger(context).adjust(customer.getId(), points, "welcome gift", "test", "seed:" + UUID.randomUUID());
        return customer;
    }

    static OrderPayment pointsPayment(Order cart) {
        OrderPayment payment = CartClubPayments.unconfirmed(cart, PointsPaymentGateway.TYPE);
        assertThat(payment).isNotNull();
        return payment;
    }

    static CartClubPayments payments(BroadleafContext context) {
        return context.bean("blLoyaltyCartClubPayments", CartClubPayments.class);
    }

    static ClubPaymentService clubPayments(BroadleafContext context) {
        return context.bean("blLoyaltyClubPaymentService", ClubPaymentService.class);
    }

    static PointsLedger ledger(BroadleafContext context) {
        return context.bean("blLoyaltyPointsLedger", PointsLedger.class);
    }

    static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(LoyaltyException.class).extracting("code").isEqualTo(code);
    }
}
