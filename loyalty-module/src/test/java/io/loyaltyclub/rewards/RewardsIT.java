package io.loyaltyclub.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.broadleaf.offer.ClubCodeCart;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.rewards.rules.RewardAvailability;
import io.loyaltyclub.testing.AtOnce;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** The rewards catalogue on the real Broadleaf context: redeeming for points, limits, races and refusals. */
@ExtendWith(BroadleafExtension.class)
class RewardsIT {

    @Test
    void aRewardRedeemedForPointsGivesACodeTheShopsPricingAppliesAtARealCheckout(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer member = member(context, shop, 2000);
        Reward fiveOff = rewards(context).define(Reward.discountCode("5.00 off your order", 500,
                CodeDiscount.amountOff(new BigDecimal("5.00"))).validDays(30));

        RewardRedemption redemption = rewards(context).redeem(member.getId(), fiveOff.getId(), key());
        assertThat(points(context, member)).isEqualTo(1500);
        RedeemedReward mine = rewards(context).redeemedBy(member.getId()).get(0);
        assertThat(mine.isUsable()).isTrue();
        assertThat(mine.getCode()).startsWith("REWARD-");
        assertThat(redemption.getExpiresAt()).isNotNull();

        Order cart = context.bean("blLoyaltyClubCodeCart", ClubCodeCart.class)
                .applyCode(shop.cart(member, shop.product("Blanket", "45.00"), 1), member, null, mine.getCode());
        assertThat(cart.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("5.00");
        Order order = shop.placeOrder(cart);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(rewards(context).redeemedBy(member.getId()).get(0).isUsable()).as("its code is used").isFalse();
    }

    @Test
    void aFreeProductRewardMakesOneUnitOfItFreeAtCheckout(BroadleafContext context, ShopFixtures shop) throws Exception {
        Customer member = member(context, shop, 1000);
        org.broadleafcommerce.core.catalog.domain.Product socks = shop.product("Socks", "8.00");
        Reward free = rewards(context).define(Reward.freeProduct("Free socks", 800, socks.getId(), new BigDecimal("3.00")));
        rewards(context).redeem(member.getId(), free.getId(), key());
        String code = rewards(context).redeemedBy(member.getId()).get(0).getCode();

        Order cart = context.bean("blLoyaltyClubCodeCart", ClubCodeCart.class)
                .applyCode(shop.cart(member, socks, 2), member, null, code);
        assertThat(cart.getSubTotal().getAmount()).as("one pair of two free").isEqualByComparingTo("8.00");
        assertThat(shop.placeOrder(cart).getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(rewards(context).redeemedBy(member.getId()).get(0).isUsable()).isFalse();
    }

    @Test
    void aRewardCodeOnACategoryDiscountsOnlyThatCategorysProducts(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 1000);
        org.broadleafcommerce.core.catalog.domain.Category garden = shop.category("Garden");
        Reward reward = rewards(context).define(Reward.discountCode("20 % off the garden", 600,
                CodeDiscount.percentOff(new BigDecimal("20")).onCategories(garden.getId())));
        assertThat(rewards(context).reward(reward.getId()).getCategoryId()).isEqualTo(garden.getId());
        rewards(context).redeem(member.getId(), reward.getId(), key());
        String code = rewards(context).redeemedBy(member.getId()).get(0).getCode();

        Order cart = shop.add(shop.cart(member, shop.product("Rake", "30.00", garden), 1), shop.product("Book", "10.00"), 1);
        cart = context.bean("blLoyaltyClubCodeCart", ClubCodeCart.class).applyCode(cart, member, null, code);

        assertThat(cart.getSubTotal().getAmount()).as("6.00 off the rake only").isEqualByComparingTo("34.00");
        assertThat(shop.placeOrder(cart).getStatus()).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void storeCreditIsIssuedAndAGiftWaitsForTheShopToSendIt(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 3000);
        Reward credit = rewards(context).define(Reward.storeCredit("10.00 credit", 1000, new BigDecimal("10.00"), "USD"));
        Reward gift = rewards(context).define(new Reward("Tote bag", RewardKind.GIFT, 1500).stock(10L));

        rewards(context).redeem(member.getId(), credit.getId(), key());
        RewardRedemption tote = rewards(context).redeem(member.getId(), gift.getId(), key());

        assertThat(context.bean("blLoyaltyCreditLedger", CreditLedger.class).balance(member.getId()).getAvailable())
                .isEqualByComparingTo("10.00");
        assertThat(points(context, member)).isEqualTo(500);
        assertThat(tote.getStatus()).isEqualTo(RewardStatus.TO_FULFIL);
        assertThat(rewards(context).updateFulfilment(tote.getId(), RewardStatus.SHIPPED).getStatus()).isEqualTo(RewardStatus.SHIPPED);
        assertThat(rewards(context).reward(gift.getId()).getRedeemed()).isEqualTo(1);
    }

    @Test
    void theSameRequestKeyRedeemsOnce(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 2000);
        Reward reward = rewards(context).define(Reward.discountCode("10 %", 400, CodeDiscount.percentOff(BigDecimal.TEN)));
        String key = key();
        RewardRedemption first = rewards(context).redeem(member.getId(), reward.getId(), key);
        RewardRedemption again = rewards(context).redeem(member.getId(), reward.getId(), key);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getCodeId()).isEqualTo(first.getCodeId());
        assertThat(points(context, member)).isEqualTo(1600);
        assertRefused(() -> rewards(context).redeem(shop.customer().getId(), reward.getId(), key), "idempotency_key_reused");
    }

    @Test
    void refusedRedemptionsSpendNothing(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 1000);
        Reward dear = rewards(context).define(Reward.discountCode("Big", 5000, CodeDiscount.percentOff(BigDecimal.TEN)));
        Reward later = rewards(context).define(Reward.discountCode("Later", 100, CodeDiscount.percentOff(BigDecimal.TEN))
                .window(context.clock().instant().plus(Duration.ofDays(3)), null));
        Reward gold = rewards(context).define(Reward.discountCode("Gold", 100, CodeDiscount.percentOff(BigDecimal.TEN)).tiers("GOLD"));
        Reward vip = rewards(context).define(Reward.discountCode("VIP", 100, CodeDiscount.percentOff(BigDecimal.TEN)).segments("VIP"));
        Reward once = rewards(context).define(Reward.discountCode("Once", 100, CodeDiscount.percentOff(BigDecimal.TEN))
                .limitPerCustomer(1L));
        rewards(context).redeem(member.getId(), once.getId(), key());

        assertRefused(() -> rewards(context).redeem(member.getId(), dear.getId(), key()), RewardAvailability.INSUFFICIENT_POINTS);
        assertRefused(() -> rewards(context).redeem(member.getId(), later.getId(), key()), RewardAvailability.OUTSIDE_WINDOW);
        assertRefused(() -> rewards(context).redeem(member.getId(), gold.getId(), key()), RewardAvailability.TIER_NOT_ALLOWED);
        assertRefused(() -> rewards(context).redeem(member.getId(), vip.getId(), key()), RewardAvailability.SEGMENT_NOT_ALLOWED);
        assertRefused(() -> rewards(context).redeem(member.getId(), once.getId(), key()), RewardAvailability.LIMIT_REACHED);
        assertRefused(() -> rewards(context).redeem(member.getId(), -1, key()), "unknown_reward");

        assertThat(points(context, member)).isEqualTo(900);
        for (Reward reward : new Reward[] {dear, later, gold, vip}) {
            assertThat(rewards(context).reward(reward.getId()).getRedeemed()).isZero();
        }
        assertThat(rewards(context).reward(once.getId()).getRedeemed()).isEqualTo(1);
        assertThat(rewards(context).redeemedBy(member.getId())).hasSize(1);
    }

    @Test
    void aTierAllowedByTheMembersStandingOpensTheReward(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 1000);
        Reward gold = rewards(context).define(Reward.discountCode("Gold only", 100, CodeDiscount.percentOff(BigDecimal.TEN)).tiers("GOLD"));
        RewardService service = rewards(context);
        MemberStandingLookup installed = context.bean("blLoyaltyMemberStanding", MemberStandingLookup.class);
        service.setStanding(new MemberStandingLookup() {
            @Override
            public String tierCode(long customerId) {
                return customerId == member.getId() ? "GOLD" : null;
            }

            @Override
            public java.util.Set<String> segmentCodes(long customerId) {
                return java.util.Collections.emptySet();
            }
        });
        try {
            assertThat(service.redeem(member.getId(), gold.getId(), key()).getPoints()).isEqualTo(100);
        } finally {
            service.setStanding(installed);
        }
    }

    @Test
    void aRedemptionFailingMidWaySpendsNothing(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 2000);
        // The member's credit account holds euros: a reward of dollar credit fails after the points were taken.
        context.bean("blLoyaltyCreditLedger", CreditLedger.class).adjust(member.getId(), new BigDecimal("1.00"), "EUR",
                "goodwill", "test", key());
        Reward dollars = rewards(context).define(Reward.storeCredit("USD 5", 500, new BigDecimal("5.00"), "USD")
                .monthlyBudget(10000L, null).stock(5L));

        assertRefused(() -> rewards(context).redeem(member.getId(), dollars.getId(), key()), "currency_mismatch");

        assertThat(points(context, member)).isEqualTo(2000);
        assertThat(rewards(context).reward(dollars.getId()).getRedeemed()).isZero();
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_REWARD_BUDGET WHERE REWARD_ID = ?", Long.class,
                dollars.getId())).isZero();
        assertThat(rewards(context).redeemedBy(member.getId())).isEmpty();
    }

    @Test
    void concurrentRedemptionsNeverTakeMoreThanTheStock(BroadleafContext context, ShopFixtures shop) throws Exception {
        Reward scarce = rewards(context).define(new Reward("Signed print", RewardKind.GIFT, 100).stock(3L));
        List<Customer> members = new ArrayList<Customer>();
        for (int i = 0; i < 8; i++) {
            members.add(member(context, shop, 500));
        }

        int succeeded = redeemAtOnce(context, members, scarce, RewardAvailability.OUT_OF_STOCK);

        assertThat(succeeded).isEqualTo(3);
        assertThat(rewards(context).reward(scarce.getId()).getRedeemed()).isEqualTo(3);
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_REWARD_REDEMPTION WHERE REWARD_ID = ?", Long.class,
                scarce.getId())).isEqualTo(3);
        assertThat(rewards(context).catalogue(members.get(0).getId())).filteredOn(e -> e.getReward().getId().equals(scarce.getId()))
                .extracting(CatalogueEntry::getUnavailableBecause).containsExactly(RewardAvailability.OUT_OF_STOCK);
    }

    @Test
    void concurrentRedemptionsNeverSpendMoreThanTheMonthsBudgetWhichRenewsNextMonth(BroadleafContext context,
            ShopFixtures shop) throws Exception {
        Reward budgeted = rewards(context).define(Reward.storeCredit("2.00 credit", 100, new BigDecimal("2.00"), "USD")
                .monthlyBudget(1000L, new BigDecimal("10.00")));
        List<Customer> members = new ArrayList<Customer>();
        for (int i = 0; i < 8; i++) {
            members.add(member(context, shop, 500));
        }

        int succeeded = redeemAtOnce(context, members, budgeted, RewardAvailability.BUDGET_SPENT);

        assertThat(succeeded).as("10.00 of money budget / 2.00").isEqualTo(5);
        assertThat(context.jdbc().queryForObject("SELECT GIVEN_MONEY FROM LOY_REWARD_BUDGET WHERE REWARD_ID = ?",
                BigDecimal.class, budgeted.getId())).isEqualByComparingTo("10.00");
        assertThat(entry(context, members.get(0), budgeted).getUnavailableBecause()).isEqualTo(RewardAvailability.BUDGET_SPENT);

        context.clock().advance(Duration.ofDays(32));
        assertThat(entry(context, members.get(0), budgeted).isAvailable()).as("a new month").isTrue();
    }

    @Test
    void anExpiredRewardIsNeverShownAsUsableAndItsCodeNoLongerWorks(BroadleafContext context, ShopFixtures shop) {
        Customer member = member(context, shop, 1000);
        Reward shortLived = rewards(context).define(Reward.discountCode("Weekend 15 %", 300,
                CodeDiscount.percentOff(new BigDecimal("15"))).validDays(2));
        rewards(context).redeem(member.getId(), shortLived.getId(), key());
        String code = rewards(context).redeemedBy(member.getId()).get(0).getCode();

        context.clock().advance(Duration.ofDays(2));

        assertThat(rewards(context).redeemedBy(member.getId()).get(0).isUsable()).isFalse();
        Order cart = shop.cart(member, shop.product("Cushion", "20.00"), 1);
        assertRefused(() -> context.bean("blLoyaltyClubCodeCart", ClubCodeCart.class).applyCode(cart, member, null, code),
                "code_expired");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static int redeemAtOnce(BroadleafContext context, List<Customer> members, final Reward reward,
            final String expectedRefusal) throws Exception {
        List<Callable<Boolean>> redemptions = new ArrayList<Callable<Boolean>>();
        for (final Customer member : members) {
            redemptions.add(() -> {
                try {
                    rewards(context).redeem(member.getId(), reward.getId(), key());
                    return true;
                } catch (LoyaltyException e) {
                    assertThat(e.getCode()).isEqualTo(expectedRefusal);
                    return false;
                }
            });
        }
        return AtOnce.count(redemptions);
    }

    private static CatalogueEntry entry(BroadleafContext context, Customer member, Reward reward) {
        for (CatalogueEntry entry : rewards(context).catalogue(member.getId())) {
            if (entry.getReward().getId().equals(reward.getId())) {
                return entry;
            }
        }
        throw new AssertionError("reward " + reward.getId() + " not in the catalogue");
    }

    static Customer member(BroadleafContext context, ShopFixtures shop, long points) {
        Customer customer = shop.customer();
        context.bean("blLoyaltyPointsLedger", PointsLedger.class).adjust(customer.getId(), points, "welcome", "test", key());
        return customer;
    }

    static long points(BroadleafContext context, Customer member) {
        return context.bean("blLoyaltyPointsLedger", PointsLedger.class).balance(member.getId()).getAvailable();
    }

    static RewardService rewards(BroadleafContext context) {
        return context.bean("blLoyaltyRewardService", RewardService.class);
    }

    static String key() {
        return "test:" + UUID.randomUUID();
    }

    static void assertRefused(Runnable action, String code) {
        try {
            action.run();
        } catch (LoyaltyException e) {
            assertThat(e.getCode()).isEqualTo(code);
            return;
        }
        throw new AssertionError("expected the refusal " + code);
    }
}
