package io.loyaltyclub.broadleaf.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.earning.OrderLineForEarning;
import io.loyaltyclub.checkout.ClubOrderSnapshot;
import io.loyaltyclub.checkout.ClubOrderStatus;
import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** What the award after checkout could miss, and the catch-up that settles it from Broadleaf's order tables. */
@ExtendWith(BroadleafExtension.class)
class MissedOrderAwardsIT {

    @Test
    void anAwardForAnOrderTheShopNoLongerHasBooksNothing(BroadleafContext context, ShopFixtures shop) {
        Customer customer = shop.customer();
        long missingOrder = 987654321L;
        context.bean("blLoyaltyOrderAwards", OrderAwards.class).award(new ClubOrderSnapshot(missingOrder, customer.getId(),
                "USD", new BigDecimal("50.00"), 1, context.clock().instant(), Collections.singletonList(
                        new OrderLineForEarning(1L, 1L, Collections.<Long>emptySet(), 1, new BigDecimal("50.00"), false))));

        assertThat(context.bean("blLoyaltyOrderPointsService", OrderPointsService.class).find(missingOrder)).isNull();
        assertThat(context.bean("blLoyaltyPointsLedger", PointsLedger.class).balance(customer.getId()).getPending()).isZero();
    }

    @Test
    void theCatchUpAwardsSubmittedOrdersTheClubMissedAndCancelsThoseTheShopCancelled(BroadleafContext context, ShopFixtures shop) {
        OrderPointsService orderPoints = context.bean("blLoyaltyOrderPointsService", OrderPointsService.class);
        PointsLedger ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        MissedOrderAwards catchUp = context.bean("blLoyaltyMissedOrderAwards", MissedOrderAwards.class);
        Customer customer = shop.customer();
        Order missed = shop.placeOrder(shop.cart(customer, shop.product("Missed mug", "30.00"), 1));
        Order cancelled = shop.placeOrder(shop.cart(customer, shop.product("Cancelled mug", "12.00"), 1));
        // As if the server had stopped before the first award, and an admin tool had cancelled the second order
        // without going through Broadleaf's services.
        context.jdbc().update("DELETE FROM LOY_CLUB_ORDER_LINE WHERE CLUB_ORDER_ID IN"
                + " (SELECT ID FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?)", missed.getId());
        orderPoints.cancel(missed.getId(), "test: forget the award");
        context.jdbc().update("DELETE FROM LOY_CLUB_ORDER WHERE ORDER_ID = ?", missed.getId());
        context.jdbc().update("UPDATE BLC_ORDER SET ORDER_STATUS = 'CANCELLED' WHERE ORDER_ID = ?", cancelled.getId());
        assertThat(ledger.balance(customer.getId()).getPending()).isEqualTo(12);

        context.clock().advance(Duration.ofMinutes(2));
        catchUp.settle();

        assertThat(orderPoints.find(missed.getId()).getStatus()).isEqualTo(ClubOrderStatus.PLACED);
        assertThat(orderPoints.find(cancelled.getId()).getStatus()).isEqualTo(ClubOrderStatus.CANCELLED);
        assertThat(ledger.balance(customer.getId()).getPending()).isEqualTo(30);
        assertThat(catchUp.settle()).as("nothing left to settle").isZero();
    }
}
