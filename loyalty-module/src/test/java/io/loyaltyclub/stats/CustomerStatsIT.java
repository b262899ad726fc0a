package io.loyaltyclub.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Real checkouts, a return, a cancellation and a reinstatement: the customer's figures follow each one. */
@ExtendWith(BroadleafExtension.class)
class CustomerStatsIT {

    private BroadleafContext context;
    private ShopFixtures shop;
    private CustomerStatsService stats;
    private OrderPointsService orderPoints;
    private Customer customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.stats = context.bean("blLoyaltyCustomerStatsService", CustomerStatsService.class);
        this.orderPoints = context.bean("blLoyaltyOrderPointsService", OrderPointsService.class);
        this.customer = shop.customer();
    }

    @Test
    void checkoutsReturnsAndCancellationsKeepTheFiguresExact() {
        Category teas = shop.category("Tea");
        Category ware = shop.category("Ware");
        Product tea = shop.product("Green tea", "12.50", teas);
        Product teapot = shop.product("Teapot", "30.00", ware);
        assertThat(stats.stats(customer.getId()).getOrderCount()).isZero();

        Order first = shop.placeOrder(shop.add(shop.cart(customer, tea, 3), teapot, 1));
        Order second = shop.placeOrder(shop.cart(customer, teapot, 1));

        CustomerStats figures = stats.stats(customer.getId());
        assertThat(figures.getOrderCount()).isEqualTo(2);
        assertThat(figures.getTotalSpent()).isEqualByComparingTo("97.50");
        assertThat(figures.getAverageOrderValue()).isEqualByComparingTo("48.75");
        assertThat(figures.getPointsEarned()).isEqualTo(97);
        assertThat(figures.getFirstOrderAt()).isBefore(figures.getLastOrderAt());
        assertThat(stats.categories(customer.getId())).containsEntry(teas.getId(), 3).containsEntry(ware.getId(), 2);
        List<MonthFigures> months = stats.months(customer.getId(), YearMonth.now().minusMonths(1));
        assertThat(months).hasSize(1);
        assertThat(months.get(0).getOrders()).isEqualTo(2);
        assertThat(months.get(0).getSpent()).isEqualByComparingTo("97.50");

        orderPoints.returnUnits(first.getId(), "stats-rma-" + first.getId(), Collections.singletonMap(itemId(first, tea), 1));
        figures = stats.stats(customer.getId());
        assertThat(figures.getTotalSpent()).isEqualByComparingTo("85.00");
        assertThat(figures.getPointsEarned()).isEqualTo(lifetimeEarned());
        assertThat(stats.categories(customer.getId())).containsEntry(teas.getId(), 2);

        shop.orderService().cancelOrder(second);
        figures = stats.stats(customer.getId());
        assertThat(figures.getOrderCount()).isEqualTo(1);
        assertThat(figures.getTotalSpent()).isEqualByComparingTo("55.00");
        assertThat(figures.getLastOrderAt()).isEqualTo(figures.getFirstOrderAt());
        assertThat(stats.categories(customer.getId())).containsEntry(ware.getId(), 1);

        orderPoints.reinstate(second.getId());
        orderPoints.reconcile(second.getId());
        figures = stats.stats(customer.getId());
        assertThat(figures.getOrderCount()).as("placed again, and replaying changes nothing").isEqualTo(2);
        assertThat(figures.getTotalSpent()).isEqualByComparingTo("85.00");
        assertThat(figures.getPointsEarned()).isEqualTo(lifetimeEarned());
    }

    @Test
    void anOrderWhoseEveryUnitCameBackNoLongerCounts() {
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Mug", "8.00"), 2));
        orderPoints.returnUnits(order.getId(), "stats-all-" + order.getId(),
                Collections.singletonMap(order.getDiscreteOrderItems().get(0).getId(), 2));

        CustomerStats figures = stats.stats(customer.getId());
        assertThat(figures.getOrderCount()).isZero();
        assertThat(figures.getTotalSpent()).isEqualByComparingTo("0");
        assertThat(figures.getLastOrderAt()).isNull();
        assertThat(figures.getAverageOrderValue()).isEqualByComparingTo("0");
    }

    private long lifetimeEarned() {
        return context.bean("blLoyaltyPointsLedger", PointsLedger.class).balance(customer.getId()).getLifetimeEarned();
    }

    private static long itemId(Order order, Product product) {
        for (DiscreteOrderItem item : order.getDiscreteOrderItems()) {
            if (item.getProduct().getId().equals(product.getId())) {
                return item.getId();
            }
        }
        throw new AssertionError("no " + product.getName() + " in order " + order.getId());
    }
}
