package io.loyaltyclub.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.ledger.LedgerVerification;
import io.loyaltyclub.ledger.PointsBalance;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.Redemption;
import io.loyaltyclub.ledger.ShortfallPolicy;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Orders through the real checkout, then cancelled, placed again and returned: the ledger follows exactly. */
@ExtendWith(BroadleafExtension.class)
class OrderPointsIT {

    private BroadleafContext context;
    private ShopFixtures shop;
    private OrderPointsService orderPoints;
    private PointsLedger ledger;
    private ProgramService program;
    private Customer customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.orderPoints = context.bean("blLoyaltyOrderPointsService", OrderPointsService.class);
        this.ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        this.program = context.bean("blLoyaltyProgramService", ProgramService.class);
        this.customer = shop.customer();
        changeSettings(0, ShortfallPolicy.DEBT);
    }

    @AfterEach
    void ledgerIsConsistent() {
        assertThat(context.bean("blLoyaltyLedgerVerification", LedgerVerification.class).discrepancies(customer.getId())).isEmpty();
        changeSettings(14, ShortfallPolicy.DEBT);
    }

    @Test
    void cancellingThroughBroadleafTakesEveryPointBack() {
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Teapot", "30.00"), 1));
        assertThat(balance().getAvailable()).isEqualTo(30);

        shop.orderService().cancelOrder(order);

        assertThat(balance().getAvailable()).isZero();
        assertThat(balance().getLifetimeEarned()).isZero();
        assertThat(orderPoints.find(order.getId()).getStatus()).isEqualTo(ClubOrderStatus.CANCELLED);
    }

    @Test
    void theDailyCapCountsWhatTheMembersEarlierOrdersOfTheDayEarnedAndNoOneElses() {
        ProgramSettings settings = program.settings();
        settings.setMaxPointsPerDay(50L);
        program.save(settings);
        try {
            Customer other = shop.customer();
            shop.placeOrder(shop.cart(other, shop.product("Kettle", "45.00"), 1));
            shop.placeOrder(shop.cart(customer, shop.product("Mug", "30.00"), 1));
            assertThat(balance().getAvailable()).isEqualTo(30);

            shop.placeOrder(shop.cart(customer, shop.product("Tray", "40.00"), 1));

            assertThat(balance().getAvailable()).as("50 a day: 20 left after the first order").isEqualTo(50);
            assertThat(ledger.balance(other.getId()).getAvailable()).isEqualTo(45);
        } finally {
            ProgramSettings back = program.settings();
            back.setMaxPointsPerDay(null);
            program.save(back);
        }
    }

    @Test
    void anOrderSetToCancelledAndBackToSubmittedEndsWithExactlyItsDuePoints() throws Exception {
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Kettle", "45.50"), 1));
        assertThat(balance().getAvailable()).isEqualTo(45);

        order.setStatus(OrderStatus.CANCELLED);
        order = shop.orderService().save(order, false);
        assertThat(balance().getAvailable()).isZero();

        order.setStatus(OrderStatus.SUBMITTED);
        order = shop.orderService().save(order, false);
        assertThat(balance().getAvailable()).isEqualTo(45);

        // The same event again changes nothing.
        shop.orderService().save(order, false);
        assertThat(balance().getAvailable()).isEqualTo(45);
        assertThat(balance().getLifetimeEarned()).isEqualTo(45);
    }

    @Test
    void returningUnitsTakesBackExactlyTheirPointsAndNeverMoreThanTheOrderEarned() {
        Order cart = shop.cart(customer, shop.product("Cup", "10.00"), 3);
        cart = shop.add(cart, shop.product("Saucer", "5.00"), 1);
        Order order = shop.placeOrder(cart);
        long cups = ShopFixtures.itemId(order, "Cup");
        long saucer = ShopFixtures.itemId(order, "Saucer");
        assertThat(balance().getAvailable()).isEqualTo(35);

        assertThat(orderPoints.returnUnits(order.getId(), "rma-1", Collections.singletonMap(cups, 1))).isEqualTo(25);
        assertThat(orderPoints.returnUnits(order.getId(), "rma-1", Collections.singletonMap(cups, 1)))
                .as("the same return again").isEqualTo(25);
        assertThat(balance().getAvailable()).isEqualTo(25);

        Map<Long, Integer> rest = new HashMap<Long, Integer>();
        rest.put(cups, 2);
        rest.put(saucer, 1);
        orderPoints.returnUnits(order.getId(), "rma-2", rest);
        assertThat(balance().getAvailable()).isZero();

        refused("invalid_return", () -> orderPoints.returnUnits(order.getId(), "rma-3", Collections.singletonMap(cups, 1)));
        refused("invalid_return", () -> orderPoints.returnUnits(order.getId(), "rma-4", Collections.<Long, Integer>emptyMap()));
        refused("invalid_return", () -> orderPoints.returnUnits(order.getId(), "rma-5", Collections.singletonMap(-1L, 1)));
        refused("unknown_order", () -> orderPoints.returnUnits(Long.MAX_VALUE, "rma-6", Collections.singletonMap(cups, 1)));

        shop.orderService().cancelOrder(order);
        assertThat(balance().getAvailable()).as("cancelling a fully returned order takes nothing more").isZero();
    }

    @Test
    void partialQuantitiesRoundInTheMembersFavourAndAddUpToTheLine() {
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Spoon", "3.33"), 3));
        long spoons = ShopFixtures.itemId(order, "Spoon");
        assertThat(balance().getAvailable()).as("floor(9.99)").isEqualTo(9);

        orderPoints.returnUnits(order.getId(), "spoon-1", Collections.singletonMap(spoons, 1));
        assertThat(balance().getAvailable()).isEqualTo(6);
        orderPoints.returnUnits(order.getId(), "spoon-2", Collections.singletonMap(spoons, 1));
        assertThat(balance().getAvailable()).isEqualTo(3);
        orderPoints.returnUnits(order.getId(), "spoon-3", Collections.singletonMap(spoons, 1));
        assertThat(balance().getAvailable()).isZero();
    }

    @Test
    void aReturnOfPointsAlreadySpentMakesADebtUnderTheDebtPolicy() {
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Lamp", "40.00"), 1));
        ledger.redeem(Redemption.of(customer.getId(), 30, "spend:" + customer.getId()));

        shop.orderService().cancelOrder(order);

        assertThat(balance().getAvailable()).isEqualTo(-30);
        refused("insufficient_points", () -> ledger.redeem(Redemption.of(customer.getId(), 1, "blocked:" + customer.getId())));
    }

    @Test
    void aReturnOfPointsAlreadySpentIsForfeitedUnderTheForfeitPolicy() {
        changeSettings(0, ShortfallPolicy.FORFEIT);
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Lamp", "40.00"), 1));
        ledger.redeem(Redemption.of(customer.getId(), 30, "spend:" + customer.getId()));

        shop.orderService().cancelOrder(order);

        assertThat(balance().getAvailable()).isZero();
        assertThat(balance().getUnrecovered()).isEqualTo(30);
    }

    @Test
    void twentyConcurrentCheckoutsOfOneMemberAwardExactlyTheExpectedTotal() throws Exception {
        final int orders = 20;
        final List<Order> carts = new ArrayList<Order>();
        for (int i = 0; i < orders; i++) {
            carts.add(shop.payRestWithTestGateway(shop.cart(customer, shop.product("Card " + i, (10 + i) + ".00"), 1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(orders);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<OrderStatus>> results = new ArrayList<Future<OrderStatus>>();
        try {
            for (final Order cart : carts) {
                results.add(pool.submit(new Callable<OrderStatus>() {
                    @Override
                    public OrderStatus call() throws Exception {
                        BroadleafExtension.enterRequest(context);
                        try {
                            start.await();
                            Order fresh = shop.orderService().findOrderById(cart.getId());
                            return shop.checkout(fresh).getOrder().getStatus();
                        } finally {
                            BroadleafExtension.leaveRequest(context);
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<OrderStatus> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(OrderStatus.SUBMITTED);
            }
        } finally {
            pool.shutdownNow();
        }
        long expected = 0;
        for (int i = 0; i < orders; i++) {
            expected += 10 + i;
        }
        assertThat(balance().getAvailable()).isEqualTo(expected);
        assertThat(ledger.history(customer.getId(), null, 100)).hasSize(orders);
        io.loyaltyclub.stats.CustomerStats stats = context.bean("blLoyaltyCustomerStatsService",
                io.loyaltyclub.stats.CustomerStatsService.class).stats(customer.getId());
        assertThat(stats.getOrderCount()).as("no update of the member's statistics lost").isEqualTo(orders);
        assertThat(stats.getPointsEarned()).isEqualTo(expected);
    }

    private PointsBalance balance() {
        return ledger.balance(customer.getId());
    }

    private void changeSettings(int returnWindowDays, ShortfallPolicy policy) {
        ProgramSettings settings = program.settings();
        settings.setReturnWindowDays(returnWindowDays);
        settings.setShortfallPolicy(policy);
        program.save(settings);
    }

    private static void refused(String code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(LoyaltyException.class)
                .satisfies(e -> assertThat(((LoyaltyException) e).getCode()).isEqualTo(code));
    }
}
