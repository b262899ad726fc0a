package io.loyaltyclub.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.credit.CreditIssue;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.credit.CreditSource;
import io.loyaltyclub.ledger.Earning;
import io.loyaltyclub.ledger.EntrySource;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.Redemption;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardRedemption;
import io.loyaltyclub.rewards.RewardService;
import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;
import io.loyaltyclub.testing.TestLadder;

/**
 * A small program whose every figure is worked out by hand below, made through the real checkout, ledgers and
 * reward service. It happens in the first months of 2001 (the club's clock and Broadleaf's clock both moved
 * there), so the data other tests leave in the shared database (all of it made today) lies after the range and
 * after every "as at the end of the range" figure.
 *
 * <pre>
 * Program: 1 point per 1.00 (floor), point value 0.01 USD, return window 14 days. Tiers: Bronze (0), Gold.
 * Wed 2001-01-10  Ann joins, orders 4 x 100.00 = 400.00 (400 pts)      Ben joins, orders 6 x 100.00 (600 pts)
 * Wed 2001-02-07  Ann orders 200.00 (200 pts); Cal joins, orders 500.00 (500 pts); Dee joins, orders a 0.50 mug
 *                 (0 pts: Dee never gets a points account, a non-member); Ben +100 pts by an admin, then spends
 *                 500 pts on a 5.00 store-credit reward; Fay joins and gets 300 bonus pts expiring 2001-03-01
 * Wed 2001-03-14  Ann orders 300.00 (300 pts); Cal orders 100.00 (100 pts); Dee orders another 0.50 mug;
 *                 Fay's 300 pts expire; Ann pays 200 pts at checkout; Cal gets 3.00 cash-back; Eve registers only
 * Thu 2001-04-05  Ann orders 100.00: after the range [2001-01-01, 2001-04-01), counted nowhere
 * </pre>
 */
@ExtendWith(BroadleafExtension.class)
class ProgramMetricsIT {

    private static final LocalDate FROM = LocalDate.of(2001, 1, 1);
    private static final LocalDate TO = LocalDate.of(2001, 4, 1);

    private BroadleafContext context;
    private ShopFixtures shop;
    private PointsLedger points;
    private TierService tiers;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.points = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        this.tiers = context.bean("blLoyaltyTierService", TierService.class);
        TestLadder.reset(context);
    }

    @AfterEach
    void backToToday() {
        SystemTime.reset();
        context.clock().reset();
        TestLadder.reset(context);
    }

    @Test
    void everyFigureMatchesTheHandWorkedProgram() {
        Product tea = activeSince2000(shop.product("Metrics tea", "100.00"));
        Product mug = activeSince2000(shop.product("Metrics mug", "0.50"));
        tiers.save(new TierRecord("BRONZE", "Bronze", BigDecimal.ZERO));
        tiers.save(new TierRecord("GOLD", "Gold", new BigDecimal("100000")));
        SystemTime.setGlobalTimeSource(() -> context.clock().millis());
        RewardService rewards = context.bean("blLoyaltyRewardService", RewardService.class);
        CreditLedger credit = context.bean("blLoyaltyCreditLedger", CreditLedger.class);

        moveTo("2001-01-10T10:00:00Z");
        Customer ann = shop.customer();
        Customer ben = shop.customer();
        shop.placeOrder(shop.cart(ann, tea, 4));
        shop.placeOrder(shop.cart(ben, tea, 6));

        moveTo("2001-02-07T10:00:00Z");
        shop.placeOrder(shop.cart(ann, tea, 2));
        Customer cal = shop.customer();
        shop.placeOrder(shop.cart(cal, tea, 5));
        Customer dee = shop.customer();
        shop.placeOrder(shop.cart(dee, mug, 1));
        points.adjust(ben.getId(), 100, "goodwill", "admin", "metrics-ben-goodwill");
        Reward fiveCredit = rewards.define(Reward.storeCredit("Metrics 5.00 credit", 500, new BigDecimal("5.00"), "USD"));
        RewardRedemption redeemed = rewards.redeem(ben.getId(), fiveCredit.getId(), "metrics-ben-reward");
        assertThat(redeemed.getValue()).isEqualByComparingTo("5.00");
        Customer fay = shop.customer();
        points.earn(Earning.of(fay.getId(), 300, "metrics-fay-bonus").source(EntrySource.EVENT, "bonus")
                .expiresAt(Instant.parse("2001-03-01T00:00:00Z")));

        moveTo("2001-03-14T10:00:00Z");
        shop.placeOrder(shop.cart(ann, tea, 3));
        shop.placeOrder(shop.cart(cal, tea, 1));
        shop.placeOrder(shop.cart(dee, mug, 1));
        assertThat(points.expireDue(fay.getId())).isEqualTo(300);
        points.redeem(Redemption.of(ann.getId(), 200, "metrics-ann-pays").source(EntrySource.PAYMENT, "order"));
        credit.issue(CreditIssue.of(cal.getId(), new BigDecimal("3.00"), "USD", "metrics-cal-cash-back")
                .source(CreditSource.CASH_BACK));
        tiers.setManually(ben.getId(), "GOLD", "VIP", "admin");
        shop.customer();

        moveTo("2001-04-05T10:00:00Z");
        // Bookings after the range: the figures "as at 2001-04-01" must take them off today's balances and totals.
        shop.placeOrder(shop.cart(ann, tea, 1));
        points.redeem(Redemption.of(ben.getId(), 200, "metrics-ben-spends-later"));
        points.earn(Earning.of(fay.getId(), 50, "metrics-fay-later-bonus").source(EntrySource.EVENT, "bonus"));
        credit.issue(CreditIssue.of(cal.getId(), new BigDecimal("2.00"), "USD", "metrics-cal-later-cash-back")
                .source(CreditSource.CASH_BACK));
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID = ?",
                Long.class, dee.getId())).as("a 0.50 order earns no points: Dee is no member").isZero();

        ProgramMetrics m = context.bean("blLoyaltyProgramMetrics", ProgramMetricsService.class).metrics(FROM, TO, "USD");

        // Customers created before 2001-04-01: Ann, Ben, Cal, Dee, Fay, Eve = 6; members (accounts): Ann, Ben, Cal, Fay = 4.
        assertThat(m.getCustomers()).isEqualTo(6);
        assertThat(m.getMembers()).isEqualTo(4);
        assertThat(m.getMemberShare()).isEqualByComparingTo("0.6667"); // 4 / 6
        // Members' orders in the range: Ann 400 + 200 + 300, Ben 600, Cal 500 + 100: 3 buyers, 2 of them repeat, 6 orders, 2,100.00.
        assertThat(m.getMemberBuyers().getOrders()).isEqualTo(6);
        assertThat(m.getMemberBuyers().repeatPurchaseRate()).isEqualByComparingTo("0.6667"); // 2 / 3
        assertThat(m.getMemberAverageOrderValue()).isEqualByComparingTo("350.00"); // 2,100.00 / 6
        assertThat(m.getMemberPurchaseFrequency()).isEqualByComparingTo("2.00"); // 6 / 3
        // Non-members: Dee, 2 orders of 0.50.
        assertThat(m.getOtherAverageOrderValue()).isEqualByComparingTo("0.50"); // 1.00 / 2
        assertThat(m.getOtherPurchaseFrequency()).isEqualByComparingTo("2.00"); // 2 / 1
        assertThat(m.getOtherBuyers().repeatPurchaseRate()).isEqualByComparingTo("1.0000");
        assertThat(m.getRepeatPurchaseRate()).isEqualByComparingTo("0.7500"); // (2 + 1) / (3 + 1)
        // Members' spend before 2001-04-01 (2,100.00; Ann's April order not yet) over the 4 members.
        assertThat(m.getCustomerLifetimeValue()).isEqualByComparingTo("525.00");
        // Issued: orders 400 + 600 + 200 + 500 + 300 + 100, Fay's bonus 300, Ben's adjustment 100 = 2,500.
        assertThat(m.getPointsIssued()).isEqualTo(2500);
        assertThat(m.getPointsRedeemed()).isEqualTo(700); // Ben's reward 500 + Ann's payment 200
        assertThat(m.getPointsExpired()).isEqualTo(300);
        assertThat(m.getRedemptionRate()).isEqualByComparingTo("0.2800"); // 700 / 2,500
        // 13 weeks from Monday 2001-01-01; the movements fall in the weeks of 8 Jan, 5 Feb and 12 Mar.
        assertThat(m.getWeeklyPoints()).hasSize(13);
        assertThat(week(m, "2001-01-08")).containsExactly(1000, 0, 0);
        assertThat(week(m, "2001-02-05")).containsExactly(1100, 500, 0); // 200 + 500 + 100 + 300; Ben's reward
        assertThat(week(m, "2001-03-12")).containsExactly(400, 200, 300);
        assertThat(week(m, "2001-01-01")).containsExactly(0, 0, 0);
        // Outstanding on 2001-04-01: Ann 900 - 200, Ben 600 + 100 - 500, Cal 600, Fay 300 - 300 = 1,500 points.
        assertThat(m.getPointsOutstanding()).isEqualTo(1500);
        assertThat(m.getPointsLiability()).isEqualByComparingTo("15.00"); // 1,500 x 0.01
        assertThat(m.getCreditOutstanding()).isEqualByComparingTo("8.00"); // Ben's reward 5.00 + Cal's cash-back 3.00
        assertThat(m.getLiability()).isEqualByComparingTo("23.00");
        // Rewards 5.00 + points paid 200 x 0.01 + cash-back 3.00.
        assertThat(m.getRewardsRedeemedValue()).isEqualByComparingTo("5.00");
        assertThat(m.getPointsPaymentsValue()).isEqualByComparingTo("2.00");
        assertThat(m.getCashBackIssued()).isEqualByComparingTo("3.00");
        assertThat(m.getRewardCost()).isEqualByComparingTo("10.00");
        // Ann and Cal Bronze by their spend, Ben Gold by hand, Fay never ordered: no tier.
        Map<String, Long> byTier = new LinkedHashMap<>();
        byTier.put("Bronze", 2L);
        byTier.put("Gold", 1L);
        byTier.put(ProgramMetrics.NO_TIER, 1L);
        assertThat(m.getMembersByTier()).containsExactlyEntriesOf(byTier);
        // Cohorts by first order: January (Ann, Ben): Ann again in February and March; February (Cal, Dee): both in March.
        List<Cohort> cohorts = m.getCohorts();
        assertThat(cohorts).extracting(Cohort::getMonth).containsExactly(YearMonth.of(2001, 1), YearMonth.of(2001, 2));
        assertThat(cohorts.get(0).getCustomers()).isEqualTo(2);
        assertThat(cohorts.get(0).getRetention()).containsExactly(new BigDecimal("1.0000"), new BigDecimal("0.5000"),
                new BigDecimal("0.5000"));
        assertThat(cohorts.get(1).getRetention()).containsExactly(new BigDecimal("1.0000"), new BigDecimal("1.0000"));

        String csv = MetricsCsv.write(m);
        assertThat(csv).contains("\r\nliability,,23.00,USD\r\n", "\r\ncohort_retention,2001-01+1,0.5000,share\r\n");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        ProgramMetricsService service = context.bean("blLoyaltyProgramMetrics", ProgramMetricsService.class);
        assertThatThrownBy(() -> service.metrics(TO, FROM, "USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after the start");
        assertThatThrownBy(() -> service.metrics(FROM, TO, "usd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] week(ProgramMetrics metrics, String monday) {
        for (WeeklyPoints week : metrics.getWeeklyPoints()) {
            if (week.getWeekStart().equals(LocalDate.parse(monday))) {
                return new long[] {week.getIssued(), week.getRedeemed(), week.getExpired()};
            }
        }
        throw new AssertionError("no week starting " + monday);
    }

    private void moveTo(String instant) {
        context.clock().advance(Duration.between(context.clock().instant(), Instant.parse(instant)));
    }

    private Product activeSince2000(Product product) {
        CatalogService catalog = context.bean("blCatalogService", CatalogService.class);
        return context.transactionTemplate().execute(status -> {
            Sku sku = catalog.findSkuById(product.getDefaultSku().getId());
            sku.setActiveStartDate(Date.from(LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            catalog.saveSku(sku);
            return catalog.findProductById(product.getId());
        });
    }
}
