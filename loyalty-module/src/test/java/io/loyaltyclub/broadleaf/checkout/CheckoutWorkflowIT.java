package io.loyaltyclub.broadleaf.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutResponse;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.FailingCheckoutActivity;
import io.loyaltyclub.testing.ShopFixtures;
import io.loyaltyclub.testing.TestPaymentGateway;

/**
 * The club's step inside Broadleaf's real checkout workflow, the award after the order's final save, and the
 * rollback. (The tests run the award on the request's thread; in a shop it runs on the club's executor.)
 */
@ExtendWith(BroadleafExtension.class)
class CheckoutWorkflowIT {

    @Test
    void aCompletedCheckoutIsRecordedInTheClubsTablesAndEarnsPendingPoints(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Product mug = shop.product("Club mug", "12.50");
        Customer customer = shop.customer();
        Order cart = shop.paidCart(customer, mug, 2);

        CheckoutResponse response = shop.checkout(cart);

        Order order = response.getOrder();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        List<Map<String, Object>> rows = context.jdbc().queryForList("SELECT CUSTOMER_ID, STATUS, CURRENCY_CODE, SUBTOTAL,"
                + " ELIGIBLE_AMOUNT, ITEM_QUANTITY, POINTS FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?", order.getId());
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(((Number) row.get("CUSTOMER_ID")).longValue()).isEqualTo(customer.getId());
        assertThat(row.get("STATUS")).isEqualTo("PLACED");
        assertThat(row.get("CURRENCY_CODE")).isEqualTo("USD");
        assertThat((BigDecimal) row.get("SUBTOTAL")).isEqualByComparingTo("25.00");
        assertThat((BigDecimal) row.get("ELIGIBLE_AMOUNT")).isEqualByComparingTo("25.00");
        assertThat(((Number) row.get("ITEM_QUANTITY")).intValue()).isEqualTo(2);
        assertThat(((Number) row.get("POINTS")).longValue()).as("1 point per 1.00, the default rule").isEqualTo(25);
        assertThat(points(context, order.getId(), "EARN", "PENDING")).isEqualTo(25);
    }

    @Test
    void aCheckoutThatFailsBeforeTheClubsStepLeavesNothingOfTheClubBehind(BroadleafContext context, ShopFixtures shop) {
        Product mug = shop.product("Club mug", "12.50");
        Order cart = shop.paidCart(shop.customer(), mug, 1);
        TestPaymentGateway gateway = context.bean("blLoyaltyTestPaymentGateway", TestPaymentGateway.class);
        int rolledBackBefore = gateway.rolledBackCount();
        context.bean("blLoyaltyFailingCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();

        assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

        assertThat(count(context, "SELECT COUNT(*) FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?", cart.getId())).isZero();
        assertThat(count(context, "SELECT COUNT(*) FROM LOY_CLUB_ORDER_LINE l JOIN LOY_CLUB_ORDER o ON o.ID = l.CLUB_ORDER_ID"
                + " WHERE o.ORDER_ID = ?", cart.getId())).isZero();
        assertThat(count(context, "SELECT COUNT(*) FROM LOY_POINTS_ENTRY WHERE ORDER_ID = ?", cart.getId())).isZero();
        assertThat(gateway.rolledBackCount())
                .as("the payment confirmed earlier in the same checkout is given back too")
                .isEqualTo(rolledBackBefore + 1);
        assertThat(shop.orderService().findOrderById(cart.getId()).getStatus()).isNotEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void theSameCartChecksOutAfterAFailedAttemptAndEarnsOnce(BroadleafContext context, ShopFixtures shop) throws Exception {
        Product mug = shop.product("Club mug", "9.99");
        Order cart = shop.paidCart(shop.customer(), mug, 3);
        context.bean("blLoyaltyFailingCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();
        assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

        Order retried = shop.orderService().findOrderById(cart.getId());
        CheckoutResponse response = shop.checkout(shop.payRestWithTestGateway(retried));

        assertThat(response.getOrder().getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(context.jdbc().queryForObject("SELECT ELIGIBLE_AMOUNT FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?",
                BigDecimal.class, cart.getId())).isEqualByComparingTo("29.97");
        assertThat(points(context, cart.getId(), "EARN", "PENDING")).as("floor(29.97)").isEqualTo(29);
        assertThat(count(context, "SELECT COUNT(*) FROM LOY_POINTS_ENTRY WHERE ORDER_ID = ?", cart.getId())).isEqualTo(1);
    }

    @Test
    void aStepAfterTheClubsStepFailingDropsWhatTheClubTookDown(BroadleafContext context, ShopFixtures shop) {
        Product mug = shop.product("Club mug", "40.00");
        Order cart = shop.paidCart(shop.customer(), mug, 1);
        TestPaymentGateway gateway = context.bean("blLoyaltyTestPaymentGateway", TestPaymentGateway.class);
        int rolledBackBefore = gateway.rolledBackCount();
        context.bean("blLoyaltyFailingLastCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();

        assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

        assertThat(gateway.rolledBackCount()).isEqualTo(rolledBackBefore + 1);
        assertThat(count(context, "SELECT COUNT(*) FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?", cart.getId())).isZero();
        assertThat(count(context, "SELECT COUNT(*) FROM LOY_POINTS_ENTRY WHERE ORDER_ID = ?", cart.getId())).isZero();
        assertThat(context.bean("blLoyaltyCapturedOrders", CapturedOrders.class).take(cart.getId())).isNull();
    }

    private static long points(BroadleafContext context, long orderId, String type, String bucket) {
        return context.jdbc().queryForObject("SELECT COALESCE(SUM(POINTS), 0) FROM LOY_POINTS_ENTRY"
                + " WHERE ORDER_ID = ? AND ENTRY_TYPE = ? AND BUCKET = ?", Long.class, orderId, type, bucket);
    }

    private static long count(BroadleafContext context, String sql, Object... args) {
        return context.jdbc().queryForObject(sql, Long.class, args);
    }
}
