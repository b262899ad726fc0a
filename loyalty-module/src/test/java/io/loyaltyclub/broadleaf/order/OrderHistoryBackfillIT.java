package io.loyaltyclub.broadleaf.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.standing.SegmentService;
import io.loyaltyclub.standing.TierChange;
import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.stats.CustomerStats;
import io.loyaltyclub.stats.CustomerStatsService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;
import io.loyaltyclub.testing.TestLadder;

/**
 * A shop with orders from before the club: real orders through Broadleaf's checkout whose club records are then
 * removed, as if the club had not been there. The backfill works their statistics, tiers and segments out from
 * Broadleaf's order tables, in chunks, resuming after a stop, and gives the same figures when run again.
 */
@ExtendWith(BroadleafExtension.class)
class OrderHistoryBackfillIT {

    private BroadleafContext context;
    private ShopFixtures shop;
    private OrderHistoryBackfill backfill;
    private CustomerStatsService stats;
    private TierService tiers;
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.backfill = context.bean("blLoyaltyOrderHistoryBackfill", OrderHistoryBackfill.class);
        this.stats = context.bean("blLoyaltyCustomerStatsService", CustomerStatsService.class);
        this.tiers = context.bean("blLoyaltyTierService", TierService.class);
        this.jdbc = context.jdbc();
        tiers.save(new TierRecord("HISTORIC", "Historic", new BigDecimal("30")));
    }

    @AfterEach
    void removeTheLadder() {
        TestLadder.reset(context);
    }

    @Test
    void backfillsInChunksResumesAfterAStopAndGivesTheSameFiguresWhenRunAgain() {
        Category tea = shop.category("Tea");
        Product sencha = shop.product("Sencha", "12.50", tea);
        Product mug = shop.product("Mug", "8.00");
        Customer regular = shop.customer();
        Customer once = shop.customer();
        Customer member = shop.customer();
        shop.placeOrder(shop.cart(regular, sencha, 2));
        shop.placeOrder(shop.cart(regular, mug, 1));
        shop.placeOrder(shop.cart(regular, sencha, 1));
        shop.placeOrder(shop.cart(once, mug, 1));
        long memberOrder = shop.placeOrder(shop.cart(member, mug, 2)).getId();
        long memberPoints = context.bean("blLoyaltyOrderPointsService", OrderPointsService.class).find(memberOrder).getPoints();
        forgetTheClub(regular.getId(), once.getId());
        forgetTheStatistics(member.getId());
        assertThat(stats.stats(regular.getId()).getOrderCount()).isZero();

        OrderHistoryBackfill.Result stopped = backfill.backfill(2, 1);
        assertThat(stopped.isFinished()).as("stopped after one chunk, as by a crash").isFalse();
        assertThat(stopped.getOrdersDone()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT ORDERS_DONE FROM LOY_BACKFILL", Long.class)).isEqualTo(2);

        OrderHistoryBackfill.Result resumed = backfill.backfill(3);
        assertThat(resumed.isFinished()).isTrue();
        assertThat(resumed.getOrdersDone()).isEqualTo(resumed.getOrdersTotal())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'", Long.class));

        CustomerStats figures = stats.stats(regular.getId());
        assertThat(figures.getOrderCount()).isEqualTo(3);
        assertThat(figures.getTotalSpent()).isEqualByComparingTo("45.50");
        assertThat(figures.getPointsEarned()).as("history earned no club points").isZero();
        assertThat(stats.categories(regular.getId())).containsExactly(entry(tea.getId(), 3));
        assertThat(figures.getTierCode()).isEqualTo("HISTORIC");
        assertThat(tiers.history(regular.getId())).extracting(TierChange::getKind).containsExactly(TierChange.Kind.BACKFILL);
        SegmentService segments = context.bean("blLoyaltySegmentService", SegmentService.class);
        assertThat(segments.segmentCodesOf(regular.getId())).as("Historic is the top tier").containsExactly("loyal", "repeat");
        assertThat(segments.segmentCodesOf(once.getId())).containsExactly("new");
        assertThat(stats.stats(once.getId()).getTotalSpent()).isEqualByComparingTo("8.00");
        CustomerStats recorded = stats.stats(member.getId());
        assertThat(recorded.getOrderCount()).isEqualTo(1);
        assertThat(recorded.getPointsEarned()).as("an order the club recorded counts as recorded").isEqualTo(memberPoints);

        OrderHistoryBackfill.Result again = backfill.backfill(7);
        assertThat(again.isFinished()).isTrue();
        CustomerStats twice = stats.stats(regular.getId());
        assertThat(twice.getOrderCount()).isEqualTo(3);
        assertThat(twice.getTotalSpent()).isEqualByComparingTo("45.50");
        assertThat(stats.categories(regular.getId())).containsExactly(entry(tea.getId(), 3));
        assertThat(tiers.history(regular.getId())).hasSize(1);
    }

    @Test
    void theCommandRunsTheBackfillOnTheShopsDatabase() {
        Customer customer = shop.customer();
        shop.placeOrder(shop.cart(customer, shop.product("Tray", "31.00"), 1));
        forgetTheClub(customer.getId());

        OrderHistoryBackfill.Result result = BackfillCommand.run("--url", context.database().url(),
                "--user", context.database().user(), "--password", context.database().password(), "--chunk", "40");

        assertThat(result.isFinished()).isTrue();
        assertThat(stats.stats(customer.getId()).getTotalSpent()).isEqualByComparingTo("31.00");
        assertThat(stats.stats(customer.getId()).getTierCode()).isEqualTo("HISTORIC");
    }

    private static java.util.Map.Entry<Long, Integer> entry(long key, int value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }

    /** As if the club had never seen these customers' orders. */
    private void forgetTheClub(Long... customers) {
        for (Long customer : customers) {
            jdbc.update("DELETE FROM LOY_CLUB_ORDER_LINE WHERE CLUB_ORDER_ID IN (SELECT ID FROM LOY_CLUB_ORDER WHERE CUSTOMER_ID = ?)",
                    customer);
            jdbc.update("DELETE FROM LOY_CLUB_ORDER WHERE CUSTOMER_ID = ?", customer);
            jdbc.update("DELETE FROM LOY_TIER_CHANGE WHERE CUSTOMER_ID = ?", customer);
            jdbc.update("DELETE FROM LOY_SEGMENT_MEMBER WHERE CUSTOMER_ID = ?", customer);
            forgetTheStatistics(customer);
        }
    }

    /** As if the club had recorded the orders before it kept statistics. */
    private void forgetTheStatistics(Long customer) {
        for (String table : new String[] {"LOY_STATS_ORDER_CATEGORY", "LOY_STATS_ORDER", "LOY_CUSTOMER_MONTH",
                "LOY_CUSTOMER_CATEGORY", "LOY_CUSTOMER_STATS"}) {
            jdbc.update("DELETE FROM " + table + " WHERE CUSTOMER_ID = ?", customer);
        }
    }
}
