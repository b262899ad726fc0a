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

/** The club's activity inside Broadleaf's real checkout workflow, and its rollback. */
@ExtendWith(BroadleafExtension.class)
class CheckoutWorkflowIT {

    @Test
    void aCompletedCheckoutIsRecordedInTheClubsTable(BroadleafContext context, ShopFixtures shop) throws Exception {
        Product mug = shop.product("Club mug", "12.50");
        Customer customer = shop.customer();
        Order cart = shop.paidCart(customer, mug, 2);

        CheckoutResponse response = shop.checkout(cart);

        Order order = response.getOrder();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.getOrderNumber()).isNotBlank();
        List<Map<String, Object>> rows = context.jdbc().queryForList(
                "SELECT CUSTOMER_ID, CURRENCY_CODE, SUBTOTAL, ITEM_QUANTITY FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?",
                order.getId());
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(((Number) row.get("CUSTOMER_ID")).longValue()).isEqualTo(customer.getId());
        assertThat(row.get("CURRENCY_CODE")).isEqualTo("USD");
        assertThat((BigDecimal) row.get("SUBTOTAL")).isEqualByComparingTo("25.00");
        assertThat(((Number) row.get("ITEM_QUANTITY")).intValue()).isEqualTo(2);
    }

    @Test
    void aCheckoutThatFailsAfterTheClubsActivityLeavesNothingOfItBehind(BroadleafContext context, ShopFixtures shop) {
        Product mug = shop.product("Club mug", "12.50");
        Order cart = shop.paidCart(shop.customer(), mug, 1);
        TestPaymentGateway gateway = context.bean("blLoyaltyTestPaymentGateway", TestPaymentGateway.class);
        int rolledBackBefore = gateway.rolledBackCount();
        context.bean("blLoyaltyFailingCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();

        assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

        assertThat(context.jdbc().queryForObject(
                "SELECT COUNT(*) FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?", Long.class, cart.getId())).isZero();
        assertThat(gateway.rolledBackCount())
                .as("the payment confirmed earlier in the same checkout is given back too")
                .isEqualTo(rolledBackBefore + 1);
        Order reread = shop.orderService().findOrderById(cart.getId());
        assertThat(reread.getStatus()).isNotEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void theSameCartChecksOutAfterAFailedAttemptAndIsRecordedOnce(BroadleafContext context, ShopFixtures shop) throws Exception {
        Product mug = shop.product("Club mug", "9.99");
        Order cart = shop.paidCart(shop.customer(), mug, 3);
        context.bean("blLoyaltyFailingCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();
        assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);

        Order retried = shop.orderService().findOrderById(cart.getId());
        CheckoutResponse response = shop.checkout(shop.payRestWithTestGateway(retried));

        assertThat(response.getOrder().getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(context.jdbc().queryForObject(
                "SELECT SUBTOTAL FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?", BigDecimal.class, cart.getId()))
                .isEqualByComparingTo("29.97");
    }
}
