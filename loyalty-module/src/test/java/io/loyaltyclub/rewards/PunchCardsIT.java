package io.loyaltyclub.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Punch cards punched by real checkouts, given back by real cancellations. */
@ExtendWith(BroadleafExtension.class)
class PunchCardsIT {

    @Test
    void everyThirdPurchaseAboveTheMinimumEarnsTheRewardAndACancellationTakesItsPunchBack(BroadleafContext context,
            ShopFixtures shop) throws Exception {
        PunchCardService punchCards = context.bean("blLoyaltyPunchCardService", PunchCardService.class);
        Reward freeCoffee = RewardsIT.rewards(context).define(Reward.discountCode("Free coffee", 1,
                CodeDiscount.amountOff(new BigDecimal("3.50"))).validDays(60));
        PunchCard card = punchCards.define(new PunchCard("Coffee card " + System.nanoTime(), 3, freeCoffee.getId())
                .minimumAmount(new BigDecimal("10.00")));
        Customer member = shop.customer();
        Product beans = shop.product("Beans", "12.00");
        Product sticker = shop.product("Sticker", "2.00");

        shop.placeOrder(shop.cart(member, beans, 1));
        shop.placeOrder(shop.cart(member, sticker, 1));
        Order second = shop.placeOrder(shop.cart(member, beans, 1));
        assertThat(progress(punchCards, member, card).toString()).endsWith("2 of 3");
        assertThat(RewardsIT.rewards(context).redeemedBy(member.getId())).isEmpty();

        Order third = shop.placeOrder(shop.cart(member, beans, 2));
        assertThat(third.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        CardProgress done = progress(punchCards, member, card);
        assertThat(done.getCompleted()).isEqualTo(1);
        assertThat(done.getOnCard()).isZero();
        List<RedeemedReward> earned = RewardsIT.rewards(context).redeemedBy(member.getId());
        assertThat(earned).hasSize(1);
        assertThat(earned.get(0).getRedemption().getPoints()).as("a punch card's reward costs no points").isZero();
        assertThat(earned.get(0).isUsable()).isTrue();

        shop.orderService().cancelOrder(shop.orderService().findOrderById(second.getId()));
        CardProgress afterCancel = progress(punchCards, member, card);
        assertThat(afterCancel.getCompleted()).isZero();
        assertThat(afterCancel.getOnCard()).isEqualTo(2);

        shop.placeOrder(shop.cart(member, beans, 1));
        assertThat(progress(punchCards, member, card).getCompleted()).isEqualTo(1);
        assertThat(RewardsIT.rewards(context).redeemedBy(member.getId())).as("the punch earned again gives no second reward")
                .hasSize(1);
        shop.placeOrder(shop.cart(member, beans, 1));
        shop.placeOrder(shop.cart(member, beans, 1));
        shop.placeOrder(shop.cart(member, beans, 1));
        assertThat(progress(punchCards, member, card).getCompleted()).isEqualTo(2);
        assertThat(RewardsIT.rewards(context).redeemedBy(member.getId())).hasSize(2);
    }

    private static CardProgress progress(PunchCardService punchCards, Customer member, PunchCard card) {
        for (CardProgress progress : punchCards.progress(member.getId())) {
            if (progress.getCard().getId().equals(card.getId())) {
                return progress;
            }
        }
        throw new AssertionError("no progress on card " + card.getId());
    }
}
