package io.loyaltyclub.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;
import io.loyaltyclub.testing.TestLadder;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

/**
 * "You are close to the next tier" on real checkouts. The ladder: Bronze from 0, Silver from 100.00, Gold from
 * 200.00, spend over a rolling window of one month; a member is close from 80 % of the next threshold.
 */
@ExtendWith(BroadleafExtension.class)
class NextTierRemindersIT {

    private final BroadleafContext context = BroadleafContext.get();
    private final NextTierReminders reminders = context.bean("blLoyaltyNextTierReminders", NextTierReminders.class);

    @RegisterExtension
    final Mailbox smtp = new Mailbox(context);
    private ShopFixtures shop;

    @BeforeEach
    void setUp(ShopFixtures shop) throws Exception {
        this.shop = shop;
        TierService tiers = context.bean("blLoyaltyTierService", TierService.class);
        tiers.saveLadder(TierMetric.SPEND, TierWindow.rollingMonths(1));
        tiers.save(new TierRecord("BRONZE", "Bronze", BigDecimal.ZERO));
        tiers.save(new TierRecord("SILVER", "Silver", new BigDecimal("100")));
        tiers.save(new TierRecord("GOLD", "Gold", new BigDecimal("200")));
        moveToTheSecondOfNextMonth();
        reminders.sendDue();
        smtp.purge();
    }

    @AfterEach
    void tearDown() {
        TestLadder.reset(context);
    }

    @Test
    void aMemberCloseToTheNextTierIsToldWhatIsMissingAndByWhenOncePerTierAndWindow() throws Exception {
        Customer close = shop.customer();
        buy(close, "85.00");
        Customer notYet = shop.customer();
        buy(notYet, "79.00");

        assertThat(reminders.sendDue()).isPositive();

        assertThat(smtp.mailsTo(close)).isEqualTo(1);
        assertThat(smtp.lastMailTo(close).getSubject()).isEqualTo("You are close to the next tier");
        String body = smtp.lastBodyTo(close);
        assertThat(body).contains("85%").contains("Silver").contains("15.00 more spend")
                .contains(YearMonth.from(context.clock().instant().atZone(ZoneOffset.UTC)).atEndOfMonth().toString());
        assertThat(smtp.mailsTo(notYet)).as("79 % is not close").isZero();

        context.clock().advance(Duration.ofDays(8));
        buy(close, "5.00");
        reminders.sendDue();
        assertThat(smtp.mailsTo(close)).as("Silver in this window was reminded already").isEqualTo(1);

        buy(close, "10.00");
        buy(close, "70.00");
        reminders.sendDue();
        assertThat(smtp.mailsTo(close)).as("Silver now; 170.00 of Gold's 200.00 is 85 %").isEqualTo(2);
        assertThat(smtp.lastBodyTo(close)).contains("Gold").contains("30.00 more spend");
    }

    @Test
    void aMemberUpgradedOrWhoseWindowClosedBeforeTheRunGetsNothing() throws Exception {
        Customer upgraded = shop.customer();
        buy(upgraded, "90.00");
        buy(upgraded, "15.00");
        Customer late = shop.customer();
        buy(late, "95.00");

        moveToTheSecondOfNextMonth();
        reminders.sendDue();

        assertThat(smtp.mailsTo(upgraded)).as("Silver reached; 105.00 of Gold's 200.00").isZero();
        assertThat(smtp.mailsTo(late)).as("a new window, with nothing in it yet").isZero();
    }

    @Test
    void anOptOutOfTheKindHoldsAtOnce() throws Exception {
        Customer member = shop.customer();
        buy(member, "90.00");
        ReminderPreferences preferences = context.bean("blLoyaltyReminderPreferences", ReminderPreferences.class);
        preferences.optOut(member.getId(), ReminderKind.NEXT_TIER_CLOSE);
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).isZero();
        assertThat(preferences.isOptedOut(member.getId(), ReminderKind.NEXT_TIER_CLOSE)).isTrue();
        assertThat(preferences.isOptedOut(member.getId())).as("only this kind").isFalse();

        preferences.optIn(member.getId(), ReminderKind.NEXT_TIER_CLOSE);
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).isEqualTo(1);
    }

    private void buy(Customer customer, String price) {
        shop.placeOrder(shop.cart(customer, shop.product("Item " + price, price), 1));
    }

    /** To the second day of the next month (UTC, the program's zone), noon: the rest of the test stays in it. */
    private void moveToTheSecondOfNextMonth() {
        Instant now = context.clock().instant();
        Instant target = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(2).atTime(12, 0)
                .toInstant(ZoneOffset.UTC);
        context.clock().advance(Duration.between(now, target));
    }
}
