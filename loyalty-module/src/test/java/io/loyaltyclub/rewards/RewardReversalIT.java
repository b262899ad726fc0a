package io.loyaltyclub.rewards;

import static io.loyaltyclub.rewards.RewardsIT.assertRefused;
import static io.loyaltyclub.rewards.RewardsIT.key;
import static io.loyaltyclub.rewards.RewardsIT.member;
import static io.loyaltyclub.rewards.RewardsIT.points;
import static io.loyaltyclub.rewards.RewardsIT.rewards;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.broadleaf.offer.ClubCodeCart;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.rewards.rules.RewardAvailability;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Giving redeemed rewards back: unused codes and credit reversed, gifts and invitations cancelled. */
@ExtendWith(BroadleafExtension.class)
class RewardReversalIT {

    @Test
    void anUnusedCodeRewardIsReversedPointsStockAndBudgetComeBackAndTheCodeNoLongerWorks(BroadleafContext context,
            ShopFixtures shop) {
        Customer member = member(context, shop, 1000);
        Reward reward = rewards(context).define(Reward.discountCode("15 % off", 400, CodeDiscount.percentOff(new BigDecimal("15")))
                .stock(5L).limitPerCustomer(1L).monthlyBudget(10000L, null));
        RewardRedemption redemption = rewards(context).redeem(member.getId(), reward.getId(), key());
        String code = rewards(context).redeemedBy(member.getId()).get(0).getCode();

        RewardRedemption reversed = rewards(context).reverse(redemption.getId());

        assertThat(reversed.getStatus()).isEqualTo(RewardStatus.REVERSED);
        assertThat(points(context, member)).isEqualTo(1000);
        assertThat(rewards(context).reward(reward.getId()).getRedeemed()).isZero();
        assertThat(context.jdbc().queryForObject("SELECT GIVEN_POINTS FROM LOY_REWARD_BUDGET WHERE REWARD_ID = ?", Long.class,
                reward.getId())).isZero();
        assertThat(rewards(context).redeemedBy(member.getId()).get(0).isUsable()).isFalse();
        OfferCode offerCode = context.bean("blOfferService", OfferService.class).lookupOfferCodeByCode(code);
        assertThat(offerCode == null || !offerCode.isActive()).as("the shop's offer code is deactivated").isTrue();
        Order cart = shop.cart(member, shop.product("Lantern", "40.00"), 1);
        assertRefused(() -> codeCart(context).applyCode(cart, member, null, code), "code_expired");

        assertThat(rewards(context).reverse(redemption.getId()).getStatus()).as("reversing again").isEqualTo(RewardStatus.REVERSED);
        assertThat(points(context, member)).isEqualTo(1000);
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_POINTS_ENTRY WHERE IDEMPOTENCY_KEY = ?", Long.class,
                "reward-reversal:" + redemption.getId())).isEqualTo(1);
        assertThat(rewards(context).redeem(member.getId(), reward.getId(), key()).getPoints())
                .as("a reversed redemption no longer counts against the limit").isEqualTo(400);
    }

    @Test
    void aUsedRewardCannotBeReversedUntilItsOrderIsCancelledWhichGivesTheUseBack(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 1000);
        Reward reward = rewards(context).define(Reward.discountCode("3.00 off", 300, CodeDiscount.amountOff(new BigDecimal("3.00"))));
        RewardRedemption redemption = rewards(context).redeem(member.getId(), reward.getId(), key());
        String code = rewards(context).redeemedBy(member.getId()).get(0).getCode();
        Order order = shop.placeOrder(codeCart(context).applyCode(shop.cart(member, shop.product("Candle", "12.00"), 1),
                member, null, code));

        assertRefused(() -> rewards(context).reverse(redemption.getId()), "reward_already_used");
        assertThat(points(context, member)).isEqualTo(700);
        assertThat(rewards(context).reward(reward.getId()).getRedeemed()).isEqualTo(1);
        assertThat(rewards(context).redeemedBy(member.getId()).get(0).getRedemption().getStatus()).isEqualTo(RewardStatus.ISSUED);

        shop.orderService().cancelOrder(shop.orderService().findOrderById(order.getId()));
        assertThat(rewards(context).redeemedBy(member.getId()).get(0).isUsable()).as("the use is given back").isTrue();

        assertThat(rewards(context).reverse(redemption.getId()).getStatus()).isEqualTo(RewardStatus.REVERSED);
        assertThat(points(context, member)).isEqualTo(1000);
    }

    @Test
    void unspentStoreCreditOfARewardIsTakenBackSpentCreditIsNot(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 2000);
        Reward credit = rewards(context).define(Reward.storeCredit("5.00 credit", 500, new BigDecimal("5.00"), "USD"));
        CreditLedger creditLedger = context.bean("blLoyaltyCreditLedger", CreditLedger.class);
        RewardRedemption unspent = rewards(context).redeem(member.getId(), credit.getId(), key());

        rewards(context).reverse(unspent.getId());
        assertThat(creditLedger.balance(member.getId()).getAvailable()).isEqualByComparingTo("0");
        assertThat(points(context, member)).isEqualTo(2000);

        RewardRedemption spent = rewards(context).redeem(member.getId(), credit.getId(), key());
        creditLedger.adjust(member.getId(), new BigDecimal("-1.00"), "USD", "spent in the shop", "test", key());
        assertRefused(() -> rewards(context).reverse(spent.getId()), "reward_already_used");
        assertThat(points(context, member)).isEqualTo(1500);
        assertThat(creditLedger.balance(member.getId()).getAvailable()).isEqualByComparingTo("4.00");
    }

    @Test
    void aGiftGoesFromRequestedToShippedToDeliveredAndOnlyAnUndeliveredOneIsCancelledWithItsPointsBack(
            BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 3000);
        Reward mug = rewards(context).define(new Reward("Club mug", RewardKind.GIFT, 1000).stock(10L));
        RewardRedemption delivered = rewards(context).redeem(member.getId(), mug.getId(), key());
        RewardRedemption lost = rewards(context).redeem(member.getId(), mug.getId(), key());

        assertThat(rewards(context).updateFulfilment(delivered.getId(), RewardStatus.SHIPPED).getStatus()).isEqualTo(RewardStatus.SHIPPED);
        assertRefused(() -> rewards(context).updateFulfilment(delivered.getId(), RewardStatus.TO_FULFIL), "invalid_status");
        assertThat(rewards(context).updateFulfilment(delivered.getId(), RewardStatus.DELIVERED).getStatus())
                .isEqualTo(RewardStatus.DELIVERED);
        assertRefused(() -> rewards(context).updateFulfilment(delivered.getId(), RewardStatus.CANCELLED), "invalid_status");
        assertRefused(() -> rewards(context).reverse(delivered.getId()), "reward_delivered");

        rewards(context).updateFulfilment(lost.getId(), RewardStatus.SHIPPED);
        assertThat(rewards(context).updateFulfilment(lost.getId(), RewardStatus.CANCELLED).getStatus()).isEqualTo(RewardStatus.CANCELLED);

        assertThat(points(context, member)).isEqualTo(2000);
        assertThat(rewards(context).reward(mug.getId()).getRedeemed()).isEqualTo(1);
        assertRefused(() -> rewards(context).updateFulfilment(lost.getId(), RewardStatus.SHIPPED), "invalid_status");
    }

    @Test
    void anEventHasLimitedPlacesAndACancelledInvitationFreesOne(BroadleafContext context, ShopFixtures shop) {
        assertRefused(() -> rewards(context).define(new Reward("Open evening", RewardKind.EVENT_INVITATION, 100)), "invalid_reward");
        Reward tasting = rewards(context).define(new Reward("Tea tasting", RewardKind.EVENT_INVITATION, 200).stock(2L));
        Customer first = member(context, shop, 500);
        Customer second = member(context, shop, 500);
        Customer third = member(context, shop, 500);
        RewardRedemption firstPlace = rewards(context).redeem(first.getId(), tasting.getId(), key());
        rewards(context).redeem(second.getId(), tasting.getId(), key());
        assertRefused(() -> rewards(context).redeem(third.getId(), tasting.getId(), key()), RewardAvailability.OUT_OF_STOCK);

        rewards(context).reverse(firstPlace.getId());

        assertThat(points(context, first)).isEqualTo(500);
        assertThat(rewards(context).redeem(third.getId(), tasting.getId(), key()).getStatus()).isEqualTo(RewardStatus.TO_FULFIL);
        assertThat(rewards(context).reward(tasting.getId()).getRedeemed()).isEqualTo(2);
    }

    private static ClubCodeCart codeCart(BroadleafContext context) {
        return context.bean("blLoyaltyClubCodeCart", ClubCodeCart.class);
    }
}
