package io.loyaltyclub.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.credit.CreditBalance;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditEntryType;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.credit.CreditSource;
import io.loyaltyclub.credit.CreditSpend;
import io.loyaltyclub.credit.CreditVerification;
import io.loyaltyclub.ledger.LedgerVerification;
import io.loyaltyclub.program.CashBackRuleRecord;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Cash-back through the real checkout: pending credit, released after the return window, taken back on cancellation and returns. */
@ExtendWith(BroadleafExtension.class)
class CashBackIT {

    private BroadleafContext context;
    private ShopFixtures shop;
    private OrderPointsService orderPoints;
    private CreditLedger credit;
    private ProgramService program;
    private Customer customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.orderPoints = context.bean("blLoyaltyOrderPointsService", OrderPointsService.class);
        this.credit = context.bean("blLoyaltyCreditLedger", CreditLedger.class);
        this.program = context.bean("blLoyaltyProgramService", ProgramService.class);
        this.customer = shop.customer();
        changeSettings(14, 90);
    }

    @AfterEach
    void ledgersAreConsistent() {
        context.jdbc().update("DELETE FROM LOY_CASH_BACK_RULE");
        changeSettings(14, null);
        assertThat(context.bean("blLoyaltyCreditVerification", CreditVerification.class).discrepancies(customer.getId())).isEmpty();
        assertThat(context.bean("blLoyaltyLedgerVerification", LedgerVerification.class).discrepancies(customer.getId())).isEmpty();
    }

    @Test
    void aCheckoutIssuesPendingCashBackThatTheReturnWindowReleasesAndACancellationTakesBack() {
        rule("10 % on everything", "10");
        Instant placedAt = context.clock().instant();
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Teapot", "30.00"), 1));

        assertThat(balance().getPending()).isEqualTo(new BigDecimal("3.00"));
        assertThat(balance().getAvailable()).isEqualTo(new BigDecimal("0.00"));
        assertThat(orderPoints.find(order.getId()).getCashBack()).isEqualByComparingTo("3.00");
        CreditEntry issue = credit.orderEntries(order.getId()).get(0);
        assertThat(issue.getType()).isEqualTo(CreditEntryType.ISSUE);
        assertThat(issue.getSource()).isEqualTo(CreditSource.CASH_BACK);
        assertThat(issue.getIdempotencyKey()).isEqualTo("order:" + order.getId() + ":credit:1");
        assertThat(Duration.between(placedAt, issue.getAvailableAt().toInstant()).toDays()).isEqualTo(14);
        assertThat(Duration.between(issue.getAvailableAt().toInstant(), issue.getExpiresAt().toInstant()).toDays()).isEqualTo(90);

        context.clock().advance(Duration.ofDays(14).plusMinutes(1));
        credit.releaseDue(customer.getId());
        assertThat(balance().getAvailable()).isEqualTo(new BigDecimal("3.00"));
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("0.00"));

        orderPoints.cancel(order.getId(), "order cancelled");

        assertThat(balance().getAvailable()).isEqualTo(new BigDecimal("0.00"));
        assertThat(balance().getLifetimeIssued()).isEqualTo(new BigDecimal("0.00"));
        assertThat(credit.orderEntries(order.getId())).extracting(CreditEntry::getType)
                .containsExactly(CreditEntryType.ISSUE, CreditEntryType.RELEASE, CreditEntryType.REVOKE);

        orderPoints.reinstate(order.getId());
        assertThat(balance().getPending()).as("placed again: issued again").isEqualTo(new BigDecimal("3.00"));
        assertThat(credit.findEntryByKey("order:" + order.getId() + ":credit:2")).isNotNull();
        orderPoints.reconcile(order.getId());
        assertThat(balance().getPending()).as("reconciling again books nothing").isEqualTo(new BigDecimal("3.00"));
    }

    @Test
    void returnedUnitsTakeBackExactlyTheirShareOfTheCashBack() {
        rule("10 % on everything", "10");
        Order cart = shop.cart(customer, shop.product("Cup", "10.00"), 3);
        cart = shop.add(cart, shop.product("Saucer", "5.00"), 1);
        Order order = shop.placeOrder(cart);
        long cups = ShopFixtures.itemId(order, "Cup");
        long saucer = ShopFixtures.itemId(order, "Saucer");
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("3.50"));

        orderPoints.returnUnits(order.getId(), "cb-rma-1:" + order.getId(), Collections.singletonMap(cups, 1));
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("2.50"));
        orderPoints.returnUnits(order.getId(), "cb-rma-1:" + order.getId(), Collections.singletonMap(cups, 1));
        assertThat(balance().getPending()).as("the same return again").isEqualTo(new BigDecimal("2.50"));

        orderPoints.returnUnits(order.getId(), "cb-rma-2:" + order.getId(), Collections.singletonMap(saucer, 1));
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("2.00"));
        orderPoints.cancel(order.getId(), "the rest cancelled");
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void partialQuantitiesRoundInTheMembersFavourAndAddUpToTheLine() {
        rule("10 % on everything", "10");
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Spoon", "3.33"), 3));
        long spoons = ShopFixtures.itemId(order, "Spoon");
        assertThat(balance().getPending()).as("10 % of 9.99, rounded down").isEqualTo(new BigDecimal("0.99"));

        orderPoints.returnUnits(order.getId(), "cb-spoon-1:" + order.getId(), Collections.singletonMap(spoons, 1));
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("0.66"));
        orderPoints.returnUnits(order.getId(), "cb-spoon-2:" + order.getId(), Collections.singletonMap(spoons, 1));
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("0.33"));
        orderPoints.returnUnits(order.getId(), "cb-spoon-3:" + order.getId(), Collections.singletonMap(spoons, 1));
        assertThat(balance().getPending()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void cancellingAfterTheCashBackWasSpentTakesWhatIsLeftAndRecordsTheRest() {
        changeSettings(0, null);
        rule("10 % on everything", "10");
        Order order = shop.placeOrder(shop.cart(customer, shop.product("Lamp", "40.00"), 1));
        assertThat(balance().getAvailable()).isEqualTo(new BigDecimal("4.00"));
        credit.spend(CreditSpend.of(customer.getId(), new BigDecimal("2.50"), "USD", "spend:" + customer.getId()));

        orderPoints.cancel(order.getId(), "order cancelled");

        CreditBalance balance = balance();
        assertThat(balance.getAvailable()).isEqualTo(new BigDecimal("0.00"));
        assertThat(balance.getUnrecovered()).isEqualTo(new BigDecimal("2.50"));
        assertThat(credit.orderEntries(order.getId()).get(1).getUnrecovered()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void rulesThatDoNotMatchTheOrderIssueNothing() {
        CashBackRuleRecord minimum = rule("10 % from 100.00", "10");
        minimum.setMinOrderAmount(new BigDecimal("100.00"));
        program.save(minimum);
        CashBackRuleRecord category = rule("20 % on a category the product is not in", "20");
        category.setCategoryIds("987654321");
        program.save(category);
        CashBackRuleRecord over = rule("50 % last month", "50");
        Instant now = context.clock().instant();
        over.setStartsAt(Date.from(now.minus(Duration.ofDays(40))));
        over.setEndsAt(Date.from(now.minus(Duration.ofDays(10))));
        program.save(over);
        CashBackRuleRecord inactive = rule("switched off", "30");
        inactive.setActive(false);
        program.save(inactive);

        Order order = shop.placeOrder(shop.cart(customer, shop.product("Kettle", "45.50"), 1));

        assertThat(orderPoints.find(order.getId()).getCashBack()).isEqualByComparingTo("0");
        assertThat(credit.orderEntries(order.getId())).isEmpty();
        assertThat(balance().getCurrencyCode()).isNull();
        assertThat(orderPoints.find(order.getId()).getPoints()).as("the points are awarded as ever").isEqualTo(45);
    }

    private CashBackRuleRecord rule(String name, String percentage) {
        CashBackRuleRecord rule = new CashBackRuleRecord();
        rule.setName(name);
        rule.setPercentage(new BigDecimal(percentage));
        return program.save(rule);
    }

    private CreditBalance balance() {
        return credit.balance(customer.getId());
    }

    private void changeSettings(int returnWindowDays, Integer creditExpiryDays) {
        ProgramSettings settings = program.settings();
        settings.setReturnWindowDays(returnWindowDays);
        settings.setCreditExpiryDays(creditExpiryDays);
        program.save(settings);
    }

}
