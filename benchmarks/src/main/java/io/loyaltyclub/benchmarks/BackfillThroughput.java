package io.loyaltyclub.benchmarks;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.loyaltyclub.broadleaf.order.OrderHistoryBackfill;
import io.loyaltyclub.standing.SegmentService;
import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.TestDatabase;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

/**
 * The backfill of statistics, tiers and segments over 1,000,000 submitted orders (of 100,000 customers, over the
 * last two years, 1.5 lines each, products in 20 categories) written straight into Broadleaf's order tables with
 * set-based SQL: orders per second, end to end. PostgreSQL only (the rows come from {@code generate_series}).
 */
final class BackfillThroughput {

    private static final int ORDERS = Integer.getInteger("benchmark.backfill.orders", 1000000);
    private static final int CHUNK = Integer.getInteger("benchmark.backfill.chunk", 5000);
    private static final long BASE = 2000000000L;

    private final BroadleafContext context;
    private final JdbcTemplate jdbc;

    BackfillThroughput(BroadleafContext context) {
        this.context = context;
        this.jdbc = context.jdbc();
    }

    void run() {
        if (context.database() != TestDatabase.POSTGRESQL) {
            System.out.println("backfill: runs on PostgreSQL only (-Ppostgresql)");
            return;
        }
        int customers = Math.max(1, ORDERS / 10);
        ladder();
        long start = System.nanoTime();
        generate(customers);
        System.out.printf("backfill: %,d orders of %,d customers written in %.1f s%n", ORDERS, customers,
                (System.nanoTime() - start) / 1e9);

        OrderHistoryBackfill backfill = context.bean("blLoyaltyOrderHistoryBackfill", OrderHistoryBackfill.class);
        List<String> lines = new ArrayList<>();
        long[] ordersPhaseEnd = new long[1];
        backfill.setProgress(line -> {
            lines.add(line);
            if (line.contains(" orders (")) {
                ordersPhaseEnd[0] = System.nanoTime();
            }
            if (lines.size() % 20 == 0 || line.contains("finished")) {
                System.out.println(line);
            }
        });
        start = System.nanoTime();
        OrderHistoryBackfill.Result result = backfill.backfill(CHUNK);
        double seconds = (System.nanoTime() - start) / 1e9;
        double ordersPhase = (ordersPhaseEnd[0] - start) / 1e9;
        System.out.printf("backfill: %,d orders, %,d customers in %.1f s (orders %.1f s, customers %.1f s), chunks of %,d:"
                + " %,.0f orders/s end to end%n", result.getOrdersDone(), result.getCustomersDone(), seconds, ordersPhase,
                seconds - ordersPhase, CHUNK, result.getOrdersDone() / seconds);

        long counted = jdbc.queryForObject("SELECT COALESCE(SUM(ORDER_COUNT), 0) FROM LOY_CUSTOMER_STATS"
                + " WHERE CUSTOMER_ID >= ?", Long.class, BASE);
        BigDecimal spent = jdbc.queryForObject("SELECT COALESCE(SUM(TOTAL_SPENT), 0) FROM LOY_CUSTOMER_STATS"
                + " WHERE CUSTOMER_ID >= ?", BigDecimal.class, BASE);
        BigDecimal expected = jdbc.queryForObject("SELECT SUM(ORDER_TOTAL - TOTAL_SHIPPING) FROM BLC_ORDER"
                + " WHERE ORDER_ID >= ?", BigDecimal.class, BASE);
        System.out.printf("backfill: check: %,d orders counted (expected %,d), spend %s (expected %s)%n", counted, ORDERS,
                spent.toPlainString(), expected.toPlainString());
        for (java.util.Map<String, Object> row : jdbc.queryForList("SELECT COALESCE(TIER_CODE, '-') AS TIER, COUNT(*) AS MEMBERS"
                + " FROM LOY_CUSTOMER_STATS WHERE CUSTOMER_ID >= ? GROUP BY TIER_CODE ORDER BY 1", BASE)) {
            System.out.println("backfill: tier " + row.get("TIER") + ": " + row.get("MEMBERS") + " members");
        }
        SegmentService segments = context.bean("blLoyaltySegmentService", SegmentService.class);
        for (String code : new String[] {"new", "repeat", "loyal", "at-risk", "dormant"}) {
            System.out.println("backfill: segment " + code + ": " + segments.size(code) + " members");
        }
    }

    private void ladder() {
        TierService tiers = context.bean("blLoyaltyTierService", TierService.class);
        tiers.saveLadder(TierMetric.SPEND, TierWindow.rollingMonths(12));
        tiers.save(new TierRecord("BRONZE", "Bronze", BigDecimal.ZERO));
        tiers.save(new TierRecord("SILVER", "Silver", new BigDecimal("500")));
        tiers.save(new TierRecord("GOLD", "Gold", new BigDecimal("1000")));
    }

    /** Categories, products, SKUs, customers, orders and their lines, each in one statement. */
    private void generate(int customers) {
        Timestamp twoYearsAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(730)));
        jdbc.update("INSERT INTO BLC_CATEGORY (CATEGORY_ID, NAME) SELECT ? + g, CONCAT('Category ', g)"
                + " FROM generate_series(0, 19) g", BASE);
        jdbc.update("INSERT INTO BLC_SKU (SKU_ID) SELECT ? + g FROM generate_series(0, 999) g", BASE);
        jdbc.update("INSERT INTO BLC_PRODUCT (PRODUCT_ID, IS_FEATURED_PRODUCT, DEFAULT_CATEGORY_ID)"
                + " SELECT ? + g, FALSE, ? + g % 20 FROM generate_series(0, 999) g", BASE, BASE);
        jdbc.update("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, DATE_CREATED) SELECT ? + g, ?"
                + " FROM generate_series(0, ?) g", BASE, twoYearsAgo, customers - 1);
        // Order g: customer (g * 7919) mod customers, so each customer's orders spread over the whole id range;
        // submitted over the last two years, in id order; merchandise 10.00 to 199.00, shipping 5.00.
        jdbc.update("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, SUBMIT_DATE, ORDER_SUBTOTAL, TOTAL_TAX,"
                + " TOTAL_SHIPPING, ORDER_TOTAL) SELECT ? + g, ? + (g::bigint * 7919) % ?, 'SUBMITTED',"
                + " ?::timestamp + (g * (730.0 / ?)) * INTERVAL '1 day', 10 + g % 190, 0, 5, 15 + g % 190"
                + " FROM generate_series(0, ?) g", BASE, BASE, customers, twoYearsAgo, ORDERS, ORDERS - 1);
        jdbc.update("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, QUANTITY, PRICE, ORDER_ITEM_TYPE)"
                + " SELECT ? + g, ? + g, 1 + g % 3, 10, 'org.broadleafcommerce.core.order.domain.DiscreteOrderItem'"
                + " FROM generate_series(0, ?) g", BASE, BASE, ORDERS - 1);
        jdbc.update("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, QUANTITY, PRICE, ORDER_ITEM_TYPE)"
                + " SELECT ? + ? + g, ? + g, 1, 10, 'org.broadleafcommerce.core.order.domain.DiscreteOrderItem'"
                + " FROM generate_series(0, ?, 2) g", BASE, ORDERS, BASE, ORDERS - 1);
        jdbc.update("INSERT INTO BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID, SKU_ID, PRODUCT_ID)"
                + " SELECT i.ORDER_ITEM_ID, ? + i.ORDER_ITEM_ID % 1000, ? + i.ORDER_ITEM_ID % 1000 FROM BLC_ORDER_ITEM i"
                + " WHERE i.ORDER_ITEM_ID >= ?", BASE, BASE, BASE);
        for (String table : new String[] {"BLC_ORDER", "BLC_ORDER_ITEM", "BLC_DISCRETE_ORDER_ITEM", "BLC_CUSTOMER",
                "BLC_PRODUCT"}) {
            jdbc.execute("ANALYZE " + table);
        }
    }
}
