package io.loyaltyclub.benchmarks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

import io.loyaltyclub.metrics.ProgramMetrics;
import io.loyaltyclub.metrics.ProgramMetricsService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.TestDatabase;

/**
 * The program metrics (the dashboard's one service call) over 1,000,000 ledger entries of 100,000 members spread over
 * two years, with 500,000 orders in the statistics and their monthly buckets: the time of one call for the last
 * year and for the last twelve weeks (median of 5 after 2 warm-ups). PostgreSQL only (the data is written with
 * {@code generate_series}).
 */
final class MetricsQueryTime {

    private static final long BASE = 800000000L;
    private static final int MEMBERS = 100000;
    private static final int ENTRIES = Integer.getInteger("benchmark.metrics.entries", 1000000);
    private static final int ORDERS = ENTRIES / 2;

    private final BroadleafContext context;
    private final JdbcTemplate jdbc;

    MetricsQueryTime(BroadleafContext context) {
        this.context = context;
        this.jdbc = context.jdbc();
    }

    void run() {
        if (context.database() != TestDatabase.POSTGRESQL) {
            System.out.println("metrics: runs on PostgreSQL only (-Ppostgresql)");
            return;
        }
        long start = System.nanoTime();
        generate();
        System.out.printf("metrics: %,d members, %,d ledger entries, %,d orders written in %.1f s%n", MEMBERS, ENTRIES,
                ORDERS, (System.nanoTime() - start) / 1e9);
        ProgramMetricsService service = context.bean("blLoyaltyProgramMetrics", ProgramMetricsService.class);
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        measure(service, "the last year", tomorrow.minusYears(1), tomorrow);
        measure(service, "the last twelve weeks", tomorrow.minusWeeks(12), tomorrow);
        clear();
    }

    private void measure(ProgramMetricsService service, String what, LocalDate from, LocalDate to) {
        ProgramMetrics last = null;
        for (int i = 0; i < 2; i++) {
            service.metrics(from, to, "USD");
        }
        Measurements times = new Measurements();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            last = service.metrics(from, to, "USD");
            times.add(System.nanoTime() - start);
        }
        System.out.printf("metrics: %s: median %.0f ms, slowest %.0f ms (members %,d, points issued %,d, redeemed %,d,"
                + " expired %,d, outstanding %,d, member orders %,d, lifetime value %s, cohorts %d)%n", what,
                times.medianMillis(), times.percentileMillis(100), last.getMembers(), last.getPointsIssued(),
                last.getPointsRedeemed(), last.getPointsExpired(), last.getPointsOutstanding(),
                last.getMemberBuyers().getOrders(), last.getCustomerLifetimeValue(), last.getCohorts().size());
    }

    private void generate() {
        Timestamp twoYearsAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(730)));
        jdbc.update("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, DATE_CREATED, IS_REGISTERED) SELECT ? + g, ?, TRUE"
                + " FROM generate_series(0, ?) g", BASE, twoYearsAgo, MEMBERS - 1);
        jdbc.update("INSERT INTO LOY_POINTS_ACCOUNT (CUSTOMER_ID, CREATED_AT, ERASED, VERSION)"
                + " SELECT ? + g, ?, FALSE, 0 FROM generate_series(0, ?) g", BASE, twoYearsAgo, MEMBERS - 1);
        // Entry g: of member g mod 100,000, booked at an even pace over two years; 7 in 10 earn 100, 2 in 10 spend 50
        // (every other one as a payment at checkout), 1 in 10 expires 30.
        jdbc.update("INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE, BUCKET, POINTS, SOURCE, IDEMPOTENCY_KEY,"
                + " UNRECOVERED, ALREADY_EXPIRED, CREATED_AT)"
                + " SELECT a.ID, CASE WHEN g % 10 < 7 THEN 'EARN' WHEN g % 10 < 9 THEN 'REDEEM' ELSE 'EXPIRE' END, 'AVAILABLE',"
                + " CASE WHEN g % 10 < 7 THEN 100 WHEN g % 10 < 9 THEN -50 ELSE -30 END,"
                + " CASE WHEN g % 10 = 7 THEN 'PAYMENT' WHEN g % 10 = 8 THEN 'REWARD' WHEN g % 10 = 9 THEN 'SYSTEM' ELSE 'ORDER' END,"
                + " CONCAT('metrics-bench:', g), 0, 0, ?::timestamp + (g * (730.0 / ?)) * INTERVAL '1 day'"
                + " FROM generate_series(0, ?) g JOIN LOY_POINTS_ACCOUNT a ON a.CUSTOMER_ID = ? + g % ?",
                twoYearsAgo, ENTRIES, ENTRIES - 1, BASE, MEMBERS);
        // The accounts hold what their entries add up to, as the ledger keeps them.
        jdbc.update("UPDATE LOY_POINTS_ACCOUNT a SET AVAILABLE = t.POINTS, LIFETIME_EARNED = t.EARNED, REDEEMED = t.REDEEMED,"
                + " EXPIRED = t.EXPIRED FROM (SELECT e.ACCOUNT_ID, SUM(e.POINTS) AS POINTS,"
                + " SUM(CASE WHEN e.ENTRY_TYPE = 'EARN' THEN e.POINTS ELSE 0 END) AS EARNED,"
                + " SUM(CASE WHEN e.ENTRY_TYPE = 'REDEEM' THEN -e.POINTS ELSE 0 END) AS REDEEMED,"
                + " SUM(CASE WHEN e.ENTRY_TYPE = 'EXPIRE' THEN -e.POINTS ELSE 0 END) AS EXPIRED"
                + " FROM LOY_POINTS_ENTRY e WHERE e.IDEMPOTENCY_KEY LIKE 'metrics-bench:%' GROUP BY e.ACCOUNT_ID) t"
                + " WHERE t.ACCOUNT_ID = a.ID");
        jdbc.update("INSERT INTO LOY_STATS_ORDER (ORDER_ID, CUSTOMER_ID, ORDERED_AT, PERIOD_MONTH, ORDERS, SPENT, POINTS, SOURCE)"
                + " SELECT ? + g, ? + (g::bigint * 7919) % ?, t, EXTRACT(YEAR FROM t) * 100 + EXTRACT(MONTH FROM t), 1,"
                + " 10 + g % 190, 10 + g % 190, 'BACKFILL' FROM (SELECT g, ?::timestamp + (g * (730.0 / ?)) * INTERVAL '1 day' AS t"
                + " FROM generate_series(0, ?) g) o", BASE, BASE, MEMBERS, twoYearsAgo, ORDERS, ORDERS - 1);
        jdbc.update("INSERT INTO LOY_CUSTOMER_MONTH (CUSTOMER_ID, PERIOD_MONTH, ORDER_COUNT, SPENT, POINTS)"
                + " SELECT CUSTOMER_ID, PERIOD_MONTH, SUM(ORDERS), SUM(SPENT), SUM(POINTS) FROM LOY_STATS_ORDER"
                + " WHERE ORDER_ID >= ? GROUP BY CUSTOMER_ID, PERIOD_MONTH", BASE);
        jdbc.update("INSERT INTO LOY_CUSTOMER_STATS (CUSTOMER_ID, ORDER_COUNT, TOTAL_SPENT, POINTS_EARNED, FIRST_ORDER_AT,"
                + " LAST_ORDER_AT, UPDATED_AT, VERSION) SELECT CUSTOMER_ID, SUM(ORDERS), SUM(SPENT), SUM(POINTS), MIN(ORDERED_AT),"
                + " MAX(ORDERED_AT), now(), 0 FROM LOY_STATS_ORDER WHERE ORDER_ID >= ? GROUP BY CUSTOMER_ID", BASE);
        for (String table : new String[] {"BLC_CUSTOMER", "LOY_POINTS_ACCOUNT", "LOY_POINTS_ENTRY", "LOY_STATS_ORDER",
                "LOY_CUSTOMER_MONTH", "LOY_CUSTOMER_STATS"}) {
            jdbc.execute("ANALYZE " + table);
        }
    }

    private void clear() {
        jdbc.update("DELETE FROM LOY_POINTS_ENTRY WHERE IDEMPOTENCY_KEY LIKE 'metrics-bench:%'");
        jdbc.update("DELETE FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID >= ?", BASE);
        jdbc.update("DELETE FROM LOY_CUSTOMER_STATS WHERE CUSTOMER_ID >= ?", BASE);
        jdbc.update("DELETE FROM LOY_CUSTOMER_MONTH WHERE CUSTOMER_ID >= ?", BASE);
        jdbc.update("DELETE FROM LOY_STATS_ORDER WHERE ORDER_ID >= ?", BASE);
        jdbc.update("DELETE FROM BLC_CUSTOMER WHERE CUSTOMER_ID >= ?", BASE);
    }
}
