package io.loyaltyclub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.CustomerEvent;
import io.loyaltyclub.earning.EventType;
import io.loyaltyclub.earning.ReferralIdentity;
import io.loyaltyclub.ledger.LedgerVerification;
import io.loyaltyclub.ledger.PointsEntry;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.program.EventRuleRecord;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Points for registering, reviewing and referring, each once per occasion; and a privacy erasure. */
@ExtendWith(BroadleafExtension.class)
class ClubEventsIT {

    private static boolean rulesCreated;

    private BroadleafContext context;
    private ShopFixtures shop;
    private ClubEventService events;
    private PointsLedger ledger;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.events = context.bean("blLoyaltyClubEventService", ClubEventService.class);
        this.ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        synchronized (ClubEventsIT.class) {
            if (!rulesCreated) {
                ProgramService program = context.bean("blLoyaltyProgramService", ProgramService.class);
                program.save(rule("Welcome to the club", EventType.SIGN_UP, 100));
                program.save(rule("Thank you for your review", EventType.PRODUCT_REVIEW, 20));
                program.save(rule("You brought a friend", EventType.REFERRAL_REFERRER, 300));
                program.save(rule("A friend brought you", EventType.REFERRAL_NEW_CUSTOMER, 150));
                rulesCreated = true;
            }
        }
    }

    @Test
    void registeringThroughBroadleafGivesTheSignUpBonusOnce() {
        CustomerService customers = context.bean("blCustomerService", CustomerService.class);
        Customer customer = customers.createCustomer();
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        customer.setUsername(name);
        customer.setEmailAddress(name + "@example.test");
        customer.setFirstName("New");
        customer.setLastName("Member");
        customer = customers.registerCustomer(customer, "secret-123", "secret-123");

        assertThat(ledger.balance(customer.getId()).getAvailable()).isEqualTo(100);
        events.record(CustomerEvent.signUp(customer.getId(), context.clock().instant()));
        assertThat(ledger.balance(customer.getId()).getAvailable()).isEqualTo(100);
    }

    @Test
    void aReviewEarnsOncePerProduct() {
        long member = shop.customer().getId();

        events.record(CustomerEvent.productReview(member, 11L, context.clock().instant()));
        events.record(CustomerEvent.productReview(member, 11L, context.clock().instant()));
        events.record(CustomerEvent.productReview(member, 12L, context.clock().instant()));

        assertThat(ledger.balance(member).getAvailable()).isEqualTo(40);
        assertThat(events.record(CustomerEvent.profileCompleted(member, context.clock().instant())))
                .as("no rule for a completed profile: nothing").isNull();
    }

    @Test
    void aReferralIsRewardedOnlyAfterTheFirstOrderPassedItsReturnWindow() {
        Customer referrer = shop.customer();
        Customer friend = shop.customer();
        events.registerReferral(identity(referrer, "12 High St"), identity(friend, "7 Low Rd"));
        assertThat(events.rewardDueReferrals()).as("no order yet").isZero();

        Order first = shop.placeOrder(shop.cart(friend, shop.product("Gift box", "20.00"), 1));
        assertThat(events.rewardDueReferrals()).as("inside the return window").isZero();

        context.clock().advance(Duration.ofDays(15));
        assertThat(events.rewardDueReferrals()).isEqualTo(1);
        assertThat(events.rewardDueReferrals()).as("rewarded once").isZero();

        assertThat(ledger.balance(referrer.getId()).getAvailable()).isEqualTo(300);
        assertThat(ledger.balance(friend.getId()).getAvailable()).as("150 for being referred, 20 from the order")
                .isEqualTo(170);
        assertThat(first.getId()).isNotNull();
    }

    @Test
    void selfReferralsAndSecondReferralsAreRefused() {
        Customer referrer = shop.customer();
        Customer friend = shop.customer();
        ReferralIdentity same = new ReferralIdentity(friend.getId(), "Jane.Doe+shop@gmail.com", "1 Same St", null);

        refused("self_referral", () -> events.registerReferral(
                new ReferralIdentity(referrer.getId(), "janedoe@gmail.com", "9 Other St", null), same));
        events.registerReferral(identity(referrer, "3 A St"), identity(friend, "4 B St"));
        refused("already_referred", () -> events.registerReferral(identity(shop.customer(), "5 C St"), identity(friend, "4 B St")));
    }

    @Test
    void erasingAMemberScrubsReasonsAndKeepsTheAmounts() {
        long member = shop.customer().getId();
        ledger.adjust(member, 25, "called about the parcel to 12 High St", "admin", "erase:" + member);

        assertThat(ledger.erase(member)).isEqualTo(1);

        PointsEntry entry = ledger.history(member, null, 1).get(0);
        assertThat(context.jdbc().queryForObject("SELECT REASON FROM LOY_POINTS_ENTRY WHERE ID = ?", String.class,
                entry.getId())).isNull();
        assertThat(ledger.balance(member).getAvailable()).isEqualTo(25);
        assertThat(context.jdbc().queryForObject("SELECT ERASED FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID = ?",
                Boolean.class, member)).isTrue();
        assertThat(context.bean("blLoyaltyLedgerVerification", LedgerVerification.class).discrepancies(member)).isEmpty();
    }

    private static ReferralIdentity identity(Customer customer, String address) {
        return new ReferralIdentity(customer.getId(), customer.getEmailAddress(), address, null);
    }

    private static EventRuleRecord rule(String name, EventType type, long points) {
        EventRuleRecord rule = new EventRuleRecord();
        rule.setName(name);
        rule.setEventType(type);
        rule.setPoints(points);
        return rule;
    }

    private static void refused(String code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(LoyaltyException.class)
                .satisfies(e -> assertThat(((LoyaltyException) e).getCode()).isEqualTo(code));
    }
}
