package io.loyaltyclub.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.UUID;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.loyaltyclub.codes.auto.AutoCodeRule;
import io.loyaltyclub.codes.auto.AutoCodeTrigger;
import io.loyaltyclub.codes.auto.AutomaticCodes;
import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.ledger.Earning;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.standing.SegmentService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** "We miss you" for members of the at-risk segment: a repeat customer without an order for 60 days. */
@ExtendWith(BroadleafExtension.class)
class WinBackRemindersIT {

    private final BroadleafContext context = BroadleafContext.get();
    private final WinBackReminders reminders = context.bean("blLoyaltyWinBackReminders", WinBackReminders.class);
    private final SegmentService segments = context.bean("blLoyaltySegmentService", SegmentService.class);
    private final PointsLedger ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);

    @RegisterExtension
    final Mailbox smtp = new Mailbox(context);
    private ShopFixtures shop;

    @BeforeEach
    void setUp(ShopFixtures shop) throws Exception {
        this.shop = shop;
    }

    @Test
    void anAtRiskMemberIsMissedOncePerEntryWithTheirPointsAndWinBackCode() throws Exception {
        Customer member = repeatCustomer();
        ledger.earn(Earning.of(member.getId(), 240, key()).reason("test"));
        atRisk(member);
        AutomaticCodes automatic = context.bean("blLoyaltyAutomaticCodes", AutomaticCodes.class);
        CodeStore codes = context.bean("blLoyaltyCodeStore", CodeStore.class);
        automatic.define(new AutoCodeRule(AutoCodeTrigger.WIN_BACK, codes.createCampaign(CampaignRequest.of("Come back",
                "BACK", CodeDiscount.percentOff(BigDecimal.TEN)).window(LocalDate.of(2020, 1, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), null)).getId(), 21));
        assertThat(automatic.issueWinBack(member.getId(), "test-" + key())).isNotEmpty();

        assertThat(reminders.sendDue()).isPositive();

        assertThat(smtp.mailsTo(member)).isEqualTo(1);
        assertThat(smtp.lastMailTo(member).getSubject()).isEqualTo("We miss you");
        String body = smtp.lastBodyTo(member);
        long available = ledger.balance(member.getId()).getAvailable();
        assertThat(available).isGreaterThanOrEqualTo(240);
        ClubCode winBack = automatic.usableCode(member.getId(), AutomaticCodes.WIN_BACK_OCCASION);
        assertThat(body).contains(available + " points").contains(winBack.getCode());

        reminders.sendDue();
        context.clock().advance(Duration.ofDays(40));
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).as("once per entry").isEqualTo(1);

        buy(member, "12.00");
        context.clock().advance(Duration.ofDays(61));
        segments.refresh(Collections.singletonList(member.getId()));
        assertThat(segments.segmentCodesOf(member.getId())).contains("at-risk");
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).as("at risk again: a new entry").isEqualTo(2);
    }

    @Test
    void aMemberWhoOrderedOrLeftTheSegmentBeforeTheRunGetsNothing() throws Exception {
        Customer ordered = repeatCustomer();
        atRisk(ordered);
        buy(ordered, "7.00");
        Customer stillAtRisk = repeatCustomer();
        atRisk(stillAtRisk);
        context.bean("blLoyaltyReminderPreferences", ReminderPreferences.class).optOut(stillAtRisk.getId());

        reminders.sendDue();

        assertThat(smtp.mailsTo(ordered)).as("bought meanwhile").isZero();
        assertThat(smtp.mailsTo(stillAtRisk)).as("opted out of all reminders").isZero();
    }

    private Customer repeatCustomer() {
        Customer customer = shop.customer();
        buy(customer, "20.00");
        buy(customer, "15.00");
        return customer;
    }

    /** 61 days without an order; the segments worked out again for the member. */
    private void atRisk(Customer customer) {
        context.clock().advance(Duration.ofDays(61));
        segments.refresh(Collections.singletonList(customer.getId()));
        assertThat(segments.segmentCodesOf(customer.getId())).contains("at-risk");
    }

    private void buy(Customer customer, String price) {
        shop.placeOrder(shop.cart(customer, shop.product("Thing " + price, price), 1));
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }
}
