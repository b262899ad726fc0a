package io.loyaltyclub.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutProcessContextFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.DefaultErrorHandler;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import io.loyaltyclub.broadleaf.order.OrderAwards;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/**
 * Checkout with the club against the same checkout without it, in one run: Broadleaf's checkout workflow as
 * the shop has it ({@code blCheckoutWorkflow}, the club's step included) and a copy of it without the club's
 * step. The award that follows the order's final save runs on the club's executor, beside the requests. Both run the way Broadleaf's checkout service runs them (save, workflow, save), alternating, on
 * fresh carts of the same shape; only the checkout itself is timed.
 */
final class CheckoutOverhead {

    private static final int WARM_UP = 150;
    private static final int MEASURED = 400;

    private final BroadleafContext context;

    CheckoutOverhead(BroadleafContext context) {
        this.context = context;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void run() throws Exception {
        SequenceProcessor withClub = context.bean("blCheckoutWorkflow", SequenceProcessor.class);
        List<Activity<ProcessContext<? extends Object>>> broadleafOnly = new ArrayList<Activity<ProcessContext<? extends Object>>>();
        for (Activity activity : withClub.getActivities()) {
            if (!activity.getClass().getName().startsWith("io.loyaltyclub.broadleaf.")) {
                broadleafOnly.add(activity);
            }
        }
        SequenceProcessor withoutClub = new SequenceProcessor();
        withoutClub.setBeanName("benchmarkCheckoutWithoutClub");
        withoutClub.setBeanFactory(context.applicationContext().getBeanFactory());
        withoutClub.setProcessContextFactory((org.broadleafcommerce.core.workflow.ProcessContextFactory)
                new CheckoutProcessContextFactory());
        withoutClub.setActivities(broadleafOnly);
        withoutClub.setDefaultErrorHandler(new DefaultErrorHandler());
        withoutClub.afterPropertiesSet();
        System.out.println("checkout: with the club " + withClub.getActivities().size() + " steps, without "
                + broadleafOnly.size() + " steps");

        // The shop's executor, not the tests' same-thread one: the award runs beside the requests, as in a shop.
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setQueueCapacity(10000);
        executor.initialize();
        context.bean("blLoyaltyOrderAwards", OrderAwards.class).setExecutor(executor);

        ShopFixtures shop = new ShopFixtures(context);
        BroadleafExtension.enterRequest(context);
        Product product;
        List<Customer> customers = new ArrayList<Customer>();
        try {
            product = shop.product("Benchmark tea", "18.40");
            for (int i = 0; i < 40; i++) {
                customers.add(shop.customer());
            }
        } finally {
            BroadleafExtension.leaveRequest(context);
        }
        Measurements with = new Measurements();
        Measurements without = new Measurements();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            boolean record = i >= WARM_UP;
            Customer customer = customers.get(i % customers.size());
            // Each checkout in a request of its own, as in the shop: its own persistence context.
            long a = inRequest(shop, withClub, customer, product);
            long b = inRequest(shop, withoutClub, customer, product);
            if (record) {
                with.add(a);
                without.add(b);
            }
        }
        executor.shutdown();
        double ratio = with.medianMillis() / without.medianMillis();
        System.out.printf("checkout: %d each; median with the club %.2f ms (p90 %.2f), without %.2f ms (p90 %.2f);"
                + " ratio of medians %.3f (goal <= 1.10)%n", with.size(), with.medianMillis(), with.percentileMillis(90),
                without.medianMillis(), without.percentileMillis(90), ratio);
    }

    private long inRequest(ShopFixtures shop, SequenceProcessor workflow, Customer customer, Product product) throws Exception {
        BroadleafExtension.enterRequest(context);
        try {
            Order cart = shop.paidCart(customer, product, 2);
            return checkout(shop, workflow, cart);
        } finally {
            BroadleafExtension.leaveRequest(context);
        }
    }

    private static long checkout(ShopFixtures shop, SequenceProcessor workflow, Order cart) throws Exception {
        OrderService orders = shop.orderService();
        long start = System.nanoTime();
        Order order = orders.save(cart, false);
        ProcessContext<CheckoutSeed> done = (ProcessContext<CheckoutSeed>) workflow
                .doActivities(new CheckoutSeed(order, new HashMap<String, Object>()));
        order = orders.save(done.getSeedData().getOrder(), false);
        long elapsed = System.nanoTime() - start;
        if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
            throw new IllegalStateException("checkout did not complete: " + order.getStatus());
        }
        return elapsed;
    }
}
