package io.loyaltyclub.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.loyaltyclub.broadleaf.offer.ClubCodeCart;
import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeCampaign;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeIssue;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.ledger.Earning;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardRedemption;
import io.loyaltyclub.rewards.RewardService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** "Your code expires soon": personal codes and store-credit rewards, on the test clock. */
@ExtendWith(BroadleafExtension.class)
class ExpiringRewardRemindersIT {

    private final BroadleafContext context = BroadleafContext.get();
    private final ExpiringRewardReminders reminders = context.bean("blLoyaltyExpiringRewardReminders",
            ExpiringRewardReminders.class);
    private final CodeStore codes = context.bean("blLoyaltyCodeStore", CodeStore.class);
    private final RewardService rewards = context.bean("blLoyaltyRewardService", RewardService.class);

    @RegisterExtension
    final Mailbox smtp = new Mailbox(context);
    private ShopFixtures shop;

    @BeforeEach
    void setUp(ShopFixtures shop) throws Exception {
        this.shop = shop;
        reminders.sendDue();
        smtp.purge();
    }

    @Test
    void codesAndRewardsExpiringWithinTheWeekAreListedOnceAndLaterOnesWait() throws Exception {
        Instant now = context.clock().instant();
        Customer member = member(5000);
        CodeCampaign campaign = campaign("Winter sale", null);
        ClubCode soon = personal(campaign, member, now.plus(Duration.ofDays(5)));
        Reward fiveOff = rewards.define(Reward.discountCode("5.00 off your order " + suffix(), 500,
                CodeDiscount.amountOff(new BigDecimal("5.00"))).validDays(30));
        rewards.redeem(member.getId(), fiveOff.getId(), key());
        Reward credit = rewards.define(Reward.storeCredit("10.00 credit " + suffix(), 1000, new BigDecimal("10.00"), "USD")
                .validDays(3));
        rewards.redeem(member.getId(), credit.getId(), key());

        assertThat(reminders.sendDue()).isPositive();

        assertThat(smtp.mailsTo(member)).isEqualTo(1);
        assertThat(smtp.lastMailTo(member).getSubject()).isEqualTo("Your code expires soon");
        String body = smtp.lastBodyTo(member);
        assertThat(body).contains("Winter sale").contains(soon.getCode())
                .contains(LocalDate.from(soon.getEndsAt().toInstant().atZone(ZoneOffset.UTC)).toString());
        assertThat(body).contains(credit.getName()).contains("10.00");
        assertThat(body).as("the reward's code expires in 30 days").doesNotContain(fiveOff.getName());

        reminders.sendDue();
        context.clock().advance(Duration.ofDays(8));
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).as("the 30-day code is not due yet").isEqualTo(1);
        context.clock().advance(Duration.ofDays(17));
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).isEqualTo(2);
        assertThat(smtp.lastBodyTo(member)).contains(fiveOff.getName()).doesNotContain(soon.getCode())
                .doesNotContain(credit.getName());
        context.clock().advance(Duration.ofDays(30));
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).isEqualTo(2);
    }

    @Test
    void neverAboutACodeUsedUpExpiredOrBeyondTheCampaignsLimitPerCustomerNorCreditTakenBack() throws Exception {
        Instant now = context.clock().instant();
        Customer member = member(1000);
        Reward credit = rewards.define(Reward.storeCredit("Taken back " + suffix(), 1000, new BigDecimal("4.00"), "USD")
                .validDays(5));
        RewardRedemption revoked = rewards.redeem(member.getId(), credit.getId(), key());
        context.bean("blLoyaltyCreditLedger", CreditLedger.class).reverse(revoked.getCreditEntryId(),
                new BigDecimal("4.00"), "taken back", key());
        CodeCampaign oncePerCustomer = codes.createCampaign(CampaignRequest.of("Once each", "REM",
                CodeDiscount.percentOff(BigDecimal.TEN)).maxUsesPerCustomer(1)
                .window(LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), null));
        ClubCode used = personal(oncePerCustomer, member, now.plus(Duration.ofDays(4)));
        personal(oncePerCustomer, member, now.plus(Duration.ofDays(5)));
        Order cart = context.bean("blLoyaltyClubCodeCart", ClubCodeCart.class)
                .applyCode(shop.cart(member, shop.product("Lamp", "40.00"), 1), member, null, used.getCode());
        shop.placeOrder(cart);
        personal(campaign("Gone", null), member, now.plus(Duration.ofHours(2)));
        personal(campaign("Campaign ends", now.plus(Duration.ofHours(3))), member, now.plus(Duration.ofDays(6)));

        context.clock().advance(Duration.ofHours(4));
        reminders.sendDue();

        assertThat(smtp.mailsTo(member)).isZero();
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_REMINDER WHERE CUSTOMER_ID = ?",
                Integer.class, member.getId())).as("nothing marked either").isZero();
    }

    @Test
    void anOptOutOfThisKindLeavesTheOtherKindsAndOptingInOfAllLiftsIt() throws Exception {
        Instant now = context.clock().instant();
        Customer member = member(0);
        personal(campaign("Spring sale", null), member, now.plus(Duration.ofDays(2)));
        context.bean("blLoyaltyPointsLedger", PointsLedger.class).earn(Earning.of(member.getId(), 70, key())
                .reason("test").expiresAt(now.plus(Duration.ofDays(3))));
        ReminderPreferences preferences = context.bean("blLoyaltyReminderPreferences", ReminderPreferences.class);
        preferences.optOut(member.getId(), ReminderKind.REWARD_EXPIRING);
        preferences.optOut(member.getId(), ReminderKind.REWARD_EXPIRING);

        reminders.sendDue();
        context.bean("blLoyaltyExpiringPointsReminders", ExpiringPointsReminders.class).sendDue();
        assertThat(smtp.mailsTo(member)).isEqualTo(1);
        assertThat(smtp.lastMailTo(member).getSubject()).isEqualTo("Your points expire soon");
        assertThat(preferences.optedOutKinds(member.getId())).containsExactly(ReminderKind.REWARD_EXPIRING);

        preferences.optIn(member.getId());
        assertThat(preferences.optedOutKinds(member.getId())).isEmpty();
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).isEqualTo(2);
        assertThat(smtp.lastBodyTo(member)).contains("Spring sale");
    }

    private Customer member(long points) {
        Customer customer = shop.customer();
        if (points > 0) {
            context.bean("blLoyaltyPointsLedger", PointsLedger.class).adjust(customer.getId(), points, "welcome", "test", key());
        }
        return customer;
    }

    private CodeCampaign campaign(String name, Instant endsAt) {
        return codes.createCampaign(CampaignRequest.of(name, "REM", CodeDiscount.percentOff(BigDecimal.TEN))
                .window(LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), endsAt));
    }

    private ClubCode personal(CodeCampaign campaign, Customer member, Instant endsAt) {
        return codes.issue(CodeIssue.personal(campaign.getId(), member.getId())
                .window(context.clock().instant().minus(Duration.ofMinutes(1)), endsAt).maxUses(1L).key(key()));
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
