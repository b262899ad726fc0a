package io.loyaltyclub.broadleaf.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;

import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Carts checked out at the same moment, each on a thread of its own, as from browser tabs or two shoppers. */
public final class TabsCheckingOut {

    private TabsCheckingOut() {
    }

    /**
     * Checks out every cart at once; returns how many checkouts succeeded. A checkout that fails must have
     * been stopped by a payment refused at confirmation, nothing else.
     */
    static int checkOutAtOnce(BroadleafContext context, ShopFixtures shop, List<Order> carts) throws Exception {
        return checkOutAtOnce(context, shop, carts, "Attempting to confirm/authorize an UNCONFIRMED transaction");
    }

    /**
     * Checks out every cart at once; returns how many checkouts succeeded. A checkout that fails must have
     * been stopped for the reason given (a text its stack trace holds), nothing else.
     */
    public static int checkOutAtOnce(final BroadleafContext context, final ShopFixtures shop, List<Order> carts,
            final String expectedFailure) throws Exception {
        ExecutorService tabs = Executors.newFixedThreadPool(carts.size());
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<Future<Boolean>>();
        try {
            for (final Order cart : carts) {
                results.add(tabs.submit(new Callable<Boolean>() {
                    @Override
                    public Boolean call() throws Exception {
                        BroadleafExtension.enterRequest(context);
                        try {
                            start.await();
                            shop.checkout(shop.orderService().findOrderById(cart.getId()));
                            return true;
                        } catch (CheckoutException e) {
                            assertThat(e).hasStackTraceContaining(expectedFailure);
                            return false;
                        } finally {
                            BroadleafExtension.leaveRequest(context);
                        }
                    }
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            return succeeded;
        } finally {
            tabs.shutdownNow();
        }
    }
}
