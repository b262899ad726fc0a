package io.loyaltyclub.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.program.CashBackRuleRecord;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;
import io.loyaltyclub.testing.TestLadder;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierProgress;
import io.loyaltyclub.tier.TierWindow;

/**
 * Tiers on real checkouts, with the club's clock moved month by month. The ladder: Bronze from 0, Silver from
 * 100.00, Gold from 200.00 (earning x2), spend over a rolling window of one month, so a tier reached in a month
 * is kept through the next.
 */
@ExtendWith(BroadleafExtension.class)
class TierIT {

    private BroadleafContext context;
    private ShopFixtures shop;
    private TierService tiers;
    private OrderPointsService orderPoints;
    private Customer customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.tiers = context.bean("blLoyaltyTierService", TierService.class);
        this.orderPoints = context.bean("blLoyaltyOrderPointsService", OrderPointsService.class);
        tiers.saveLadder(TierMetric.SPEND, TierWindow.rollingMonths(1));
        tiers.save(new TierRecord("BRONZE", "Bronze", BigDecimal.ZERO));
        tiers.save(new TierRecord("SILVER", "Silver", new BigDecimal("100")));
        TierRecord gold = new TierRecord("GOLD", "Gold", new BigDecimal("200"));
        gold.setEarningMultiplier(new BigDecimal("2"));
        tiers.save(gold);
        returnWindow(0);
        customer = shop.customer();
    }

    @AfterEach
    void removeTheLadder() {
        TestLadder.reset(context);
        returnWindow(14);
    }

    @Test
    void theCheckoutThatReachesATierUpgradesAtOnceAndLaterOrdersEarnItsMultiplier() {
        buy("150.00");
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("SILVER");

        Order reachingGold = buy("60.00");
        assertThat(orderPoints.find(reachingGold.getId()).getPoints()).as("earned as Silver").isEqualTo(60);
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("GOLD");

        Order asGold = buy("10.00");
        assertThat(orderPoints.find(asGold.getId()).getPoints()).as("Gold earns x2").isEqualTo(20);
        assertThat(context.jdbc().queryForList("SELECT BODY FROM LOY_EVENT_OUTBOX WHERE CUSTOMER_ID = ?"
                + " AND EVENT_TYPE = 'tier.changed' ORDER BY ID", String.class, customer.getId()))
                .as("each change announced to the webhooks: to Silver, to Gold").hasSize(2)
                .last().asString().contains("\"from\":\"SILVER\"", "\"to\":\"GOLD\"");
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_EVENT_OUTBOX WHERE CUSTOMER_ID = ?"
                + " AND EVENT_TYPE = 'segment.entered'", Integer.class, customer.getId())).as("new, then repeat").isPositive();
        assertThat(orderPoints.find(asGold.getId()).getBreakdown()).contains("for tier GOLD");

        List<TierChange> history = tiers.history(customer.getId());
        assertThat(history).extracting(TierChange::getToTier).containsExactly("GOLD", "SILVER");
        assertThat(history.get(0).getKind()).isEqualTo(TierChange.Kind.UPGRADE);
        assertThat(history.get(0).getOrderId()).isEqualTo(reachingGold.getId());
    }

    @Test
    void aTierIsKeptThroughTheNextPeriodAndLoweredOnlyByTheScheduledEvaluation() {
        buy("250.00");
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("GOLD");

        moveToNextMonth();
        tiers.evaluate(500);
        assertThat(tiers.currentTierCode(customer.getId())).as("the grace: kept through the next month").isEqualTo("GOLD");

        moveToNextMonth();
        buy("5.00");
        assertThat(tiers.currentTierCode(customer.getId())).as("a purchase never lowers a tier").isEqualTo("GOLD");
        tiers.evaluate(500);
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("BRONZE");
        TierChange downgrade = tiers.history(customer.getId()).get(0);
        assertThat(downgrade.getKind()).isEqualTo(TierChange.Kind.EVALUATION);
        assertThat(downgrade.getFromTier()).isEqualTo("GOLD");
        assertThat(downgrade.getReason()).isEqualTo("scheduled evaluation");
    }

    @Test
    void cancellingOrReturningWhatReachedATierTakesItBackAtOnce() {
        buy("150.00");
        Order reachingGold = buy("60.00");
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("GOLD");

        shop.orderService().cancelOrder(reachingGold);
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("SILVER");

        Order big = shop.placeOrder(shop.cart(customer, shop.product("Vase", "30.00"), 2));
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("GOLD");
        orderPoints.returnUnits(big.getId(), "tier-rma-" + big.getId(),
                Collections.singletonMap(big.getDiscreteOrderItems().get(0).getId(), 1));
        assertThat(tiers.currentTierCode(customer.getId())).as("180.00 left").isEqualTo("SILVER");
        assertThat(tiers.history(customer.getId()).get(0).getReason()).contains("cancelled or returned");
    }

    @Test
    void spendingPointsDoesNotCostATier() {
        buy("210.00");
        context.bean("blLoyaltyPointsLedger", io.loyaltyclub.ledger.PointsLedger.class)
                .redeem(io.loyaltyclub.ledger.Redemption.of(customer.getId(), 200, "tier-spend-" + customer.getId()));
        tiers.evaluate(500);
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("GOLD");
        assertThat(tiers.history(customer.getId())).hasSize(1);
    }

    @Test
    void anAdminsTierStaysWhateverTheFiguresUntilUnlocked() {
        buy("20.00");
        tiers.setManually(customer.getId(), "GOLD", "press partner", "admin");
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("GOLD");

        moveToNextMonth();
        moveToNextMonth();
        tiers.evaluate(500);
        buy("1.00");
        assertThat(tiers.currentTierCode(customer.getId())).isEqualTo("GOLD");
        assertThat(context.bean("blLoyaltyCustomerStatsService", io.loyaltyclub.stats.CustomerStatsService.class)
                .stats(customer.getId()).getTierReason()).isEqualTo("press partner");
        assertThat(tiers.progress(customer.getId()).describeKeep()).isEqualTo("Gold is kept until an admin unlocks it");

        assertThat(tiers.unlock(customer.getId(), "admin")).isEqualTo("BRONZE");
        assertThat(tiers.history(customer.getId())).extracting(TierChange::getKind).containsSequence(
                TierChange.Kind.UNLOCK, TierChange.Kind.MANUAL);
        TierChange manual = tiers.history(customer.getId()).get(1);
        assertThat(manual.getReason()).isEqualTo("press partner");
        assertThat(manual.getActor()).isEqualTo("admin");

        assertThatThrownBy(() -> tiers.setManually(customer.getId(), "PLATINUM", "why not", "admin"))
                .isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> tiers.setManually(customer.getId(), "GOLD", " ", "admin"))
                .isInstanceOf(LoyaltyException.class);
    }

    @Test
    void progressSaysWhatIsStillNeededFromTheAggregatesInAFixedNumberOfStatements() {
        Customer regular = customer;
        for (int i = 0; i < 4; i++) {
            buy("1.00");
        }
        customer = shop.customer();
        buy("150.00");
        org.hibernate.stat.Statistics statistics = context.hibernateStatistics();
        statistics.setStatisticsEnabled(true);
        tiers.progress(customer.getId());
        statistics.clear();
        tiers.progress(regular.getId());
        long forManyOrders = statistics.getPrepareStatementCount();
        statistics.clear();

        TierProgress progress = tiers.progress(customer.getId());

        YearMonth month = YearMonth.from(context.clock().instant().atZone(ZoneOffset.UTC));
        assertThat(progress.getCurrent().getCode()).isEqualTo("SILVER");
        assertThat(progress.describeNext()).isEqualTo("50.00 more spend for Gold by " + month.atEndOfMonth());
        assertThat(progress.describeKeep()).isEqualTo("Silver is kept through " + month.plusMonths(1).atEndOfMonth());
        // The ladder's settings, its tiers and the program's settings through JPA (reads and refreshes), then two
        // plain SQL reads (the member's row and months): the same few statements whatever the member's history.
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(forManyOrders).isLessThanOrEqualTo(8);
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void aTiersMultiplierIsAnEarningRuleKeptInStep() {
        TierRecord gold = tierRecord("GOLD");
        assertThat(gold.getEarningRuleId()).isNotNull();
        gold.setEarningMultiplier(BigDecimal.ONE);
        tiers.save(gold);
        assertThat(context.bean("blLoyaltyProgramService", ProgramService.class).earningRuleRecords())
                .filteredOn(rule -> rule.getId().equals(gold.getEarningRuleId()))
                .allSatisfy(rule -> assertThat(rule.isActive()).isFalse());
        TierRecord tie = new TierRecord("SILVER2", "Silver again", new BigDecimal("100.00"));
        assertThatThrownBy(() -> tiers.save(tie)).isInstanceOf(LoyaltyException.class)
                .hasMessageContaining("same threshold");
    }

    private TierRecord tierRecord(String code) {
        for (TierRecord tier : tiers.tierRecords()) {
            if (tier.getCode().equals(code)) {
                return tier;
            }
        }
        throw new AssertionError("no tier " + code);
    }

    @Test
    void cashBackRulesTargetATierAndTheTierGivesItsOwnBonus() {
        TierRecord gold = tierRecord("GOLD");
        gold.setCashBackPercent(new BigDecimal("5"));
        tiers.save(gold);
        ProgramService program = context.bean("blLoyaltyProgramService", ProgramService.class);
        CashBackRuleRecord forSilver = new CashBackRuleRecord();
        forSilver.setName("10 % for Silver");
        forSilver.setPercentage(new BigDecimal("10"));
        forSilver.setTierCodes("SILVER");
        program.save(forSilver);
        try {
            Order asBronze = buy("150.00");
            Order asSilver = buy("60.00");
            Order asGold = buy("10.00");

            assertThat(orderPoints.find(asBronze.getId()).getCashBack()).as("a Bronze member: no rule for them")
                    .isEqualByComparingTo("0");
            assertThat(orderPoints.find(asSilver.getId()).getCashBack()).as("the Silver rule").isEqualByComparingTo("6.00");
            assertThat(orderPoints.find(asGold.getId()).getCashBack()).as("Gold's own 5 %, not the Silver rule")
                    .isEqualByComparingTo("0.50");
        } finally {
            context.jdbc().update("DELETE FROM LOY_CASH_BACK_RULE");
        }
    }

    private Order buy(String price) {
        return shop.placeOrder(shop.cart(customer, shop.product("Item " + price, price), 1));
    }

    /** To the second day of the next month (UTC, the program's zone), noon. */
    private void moveToNextMonth() {
        Instant now = context.clock().instant();
        Instant target = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(2).atTime(12, 0)
                .toInstant(ZoneOffset.UTC);
        context.clock().advance(Duration.between(now, target));
    }

    private void returnWindow(int days) {
        ProgramService program = context.bean("blLoyaltyProgramService", ProgramService.class);
        ProgramSettings settings = program.settings();
        settings.setReturnWindowDays(days);
        program.save(settings);
    }
}
