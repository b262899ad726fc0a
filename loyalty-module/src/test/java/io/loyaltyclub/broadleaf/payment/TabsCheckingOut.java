package io.loyaltyclub.broadleaf.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;

import io.loyaltyclub.testing.AtOnce;
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
        List<Callable<Boolean>> tabs = new ArrayList<Callable<Boolean>>();
        for (final Order cart : carts) {
            tabs.add(() -> {
                BroadleafExtension.enterRequest(context);
                try {
                    shop.checkout(shop.orderService().findOrderById(cart.getId()));
                    return true;
                } catch (CheckoutException e) {
                    assertThat(e).hasStackTraceContaining(expectedFailure);
                    return false;
                } finally {
                    BroadleafExtension.leaveRequest(context);
                }
            });
        }
        return AtOnce.count(tabs);
    }
}
