package io.loyaltyclub.benchmarks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.loyaltyclub.ledger.LedgerVerification;
import io.loyaltyclub.ledger.PointsSweep;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.TestDatabase;

/**
 * The expiry sweep over 1,000,000 due lots (100,000 members with 10 each): entries per second, and the ratio of
 * its time to one set-based SQL statement doing the same work (on PostgreSQL, where a statement can insert,
 * update and insert again in one go).
 */
final class ExpirySweepThroughput {

    private static final int MEMBERS = Integer.getInteger("benchmark.expiry.members", 100000);
    private static final int LOTS_PER_MEMBER = 10;
    private static final long FIRST_CUSTOMER = 900000000L;

    private final BroadleafContext context;
    private final JdbcTemplate jdbc;

    ExpirySweepThroughput(BroadleafContext context) {
        this.context = context;
        this.jdbc = context.jdbc();
    }

    void run() {
        long lots = (long) MEMBERS * LOTS_PER_MEMBER;
        double generate = generate();
        System.out.printf("expiry: %,d members, %,d due lots written in %.1f s%n", MEMBERS, lots, generate);
        PointsSweep sweep = context.bean("blLoyaltyPointsSweep", PointsSweep.class);
        long start = System.nanoTime();
        PointsSweep.SweepResult result = sweep.expireAll();
        double sweepSeconds = (System.nanoTime() - start) / 1e9;
        long expiries = jdbc.queryForObject("SELECT COUNT(*) FROM LOY_POINTS_ENTRY WHERE ENTRY_TYPE = 'EXPIRE'", Long.class);
        System.out.printf("expiry: the sweep expired %,d points in %,d expiry entries over %,d accounts in %.1f s:"
                + " %,.0f entries/s%n", result.getPoints(), expiries, result.getAccounts(), sweepSeconds, expiries / sweepSeconds);
        long verifyStart = System.nanoTime();
        List<String> problems = context.bean("blLoyaltyLedgerVerification", LedgerVerification.class).discrepancies();
        System.out.printf("expiry: verification of all accounts after the sweep: %d discrepancies (%.1f s)%n",
                problems.size(), (System.nanoTime() - verifyStart) / 1e9);

        if (context.database() != TestDatabase.POSTGRESQL) {
            System.out.println("expiry: the one-statement comparison runs on PostgreSQL only (-Ployalty postgresql)");
            return;
        }
        clear();
        generate();
        start = System.nanoTime();
        Integer done = jdbc.queryForObject(ONE_STATEMENT, Integer.class, Timestamp.from(Instant.now()));
        double statementSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("expiry: one set-based statement expired %,d lots in %.1f s: %,.0f entries/s;"
                + " sweep / statement = %.2f (goal <= 3)%n", done, statementSeconds, done / statementSeconds,
                sweepSeconds / statementSeconds);
        clear();
    }

    /** PostgreSQL: the whole expiry (entries, allocations, lots, balances) as one statement, for comparison. */
    private static final String ONE_STATEMENT = "WITH due AS (SELECT e.ID, e.ACCOUNT_ID, e.REMAINING, e.SOURCE_REF, e.ORDER_ID"
            + "   FROM LOY_POINTS_ENTRY e WHERE e.LOT_BUCKET = 'AVAILABLE' AND e.REMAINING > 0 AND e.EXPIRES_AT <= ?),"
            + " ins AS (INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE, BUCKET, POINTS, SOURCE, SOURCE_REF, ORDER_ID,"
            + "   IDEMPOTENCY_KEY, REFERS_TO_ENTRY_ID, UNRECOVERED, ALREADY_EXPIRED, CREATED_AT)"
            + "   SELECT ACCOUNT_ID, 'EXPIRE', 'AVAILABLE', -REMAINING, 'SYSTEM', SOURCE_REF, ORDER_ID, CONCAT('expire:', ID), ID,"
            + "   0, 0, now() FROM due RETURNING ID, REFERS_TO_ENTRY_ID, POINTS),"
            + " alloc AS (INSERT INTO LOY_POINTS_ALLOCATION (ENTRY_ID, LOT_ID, POINTS) SELECT ID, REFERS_TO_ENTRY_ID, -POINTS FROM ins),"
            + " lots AS (UPDATE LOY_POINTS_ENTRY l SET REMAINING = 0 FROM due WHERE l.ID = due.ID),"
            + " acc AS (UPDATE LOY_POINTS_ACCOUNT a SET AVAILABLE = a.AVAILABLE - s.total, EXPIRED = a.EXPIRED + s.total,"
            + "   VERSION = a.VERSION + 1 FROM (SELECT ACCOUNT_ID, SUM(REMAINING) AS total FROM due GROUP BY ACCOUNT_ID) s"
            + "   WHERE a.ID = s.ACCOUNT_ID)"
            + " SELECT COUNT(*) FROM due";

    private double generate() {
        long start = System.nanoTime();
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(400)));
        Timestamp expired = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
        long lastCustomer = FIRST_CUSTOMER + MEMBERS - 1;
        if (context.database() == TestDatabase.POSTGRESQL) {
            jdbc.update("INSERT INTO LOY_POINTS_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED, REDEEMED, EXPIRED,"
                    + " UNRECOVERED, LAST_ACTIVITY_AT, CREATED_AT, ERASED, VERSION) SELECT g, ?, 0, ?, 0, 0, 0, ?, ?, FALSE, 0"
                    + " FROM generate_series(?::bigint, ?::bigint) g", 10 * LOTS_PER_MEMBER, 10 * LOTS_PER_MEMBER, past, past,
                    FIRST_CUSTOMER, lastCustomer);
            jdbc.update("INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE, BUCKET, POINTS, REMAINING, LOT_BUCKET,"
                    + " AVAILABLE_AT, EXPIRES_AT, SOURCE, IDEMPOTENCY_KEY, UNRECOVERED, ALREADY_EXPIRED, CREATED_AT)"
                    + " SELECT a.ID, 'EARN', 'AVAILABLE', 10, 10, 'AVAILABLE', ?, ?, 'RULE', CONCAT('bench:', a.ID, ':', n), 0, 0, ?"
                    + " FROM LOY_POINTS_ACCOUNT a CROSS JOIN generate_series(1, ?) n WHERE a.CUSTOMER_ID BETWEEN ? AND ?",
                    past, expired, past, LOTS_PER_MEMBER, FIRST_CUSTOMER, lastCustomer);
            jdbc.execute("ANALYZE LOY_POINTS_ENTRY");
            jdbc.execute("ANALYZE LOY_POINTS_ACCOUNT");
        } else {
            for (long customer = FIRST_CUSTOMER; customer <= lastCustomer; customer++) {
                jdbc.update("INSERT INTO LOY_POINTS_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED, REDEEMED, EXPIRED,"
                        + " UNRECOVERED, LAST_ACTIVITY_AT, CREATED_AT, ERASED, VERSION) VALUES (?, ?, 0, ?, 0, 0, 0, ?, ?, FALSE, 0)",
                        customer, 10 * LOTS_PER_MEMBER, 10 * LOTS_PER_MEMBER, past, past);
            }
            for (int n = 1; n <= LOTS_PER_MEMBER; n++) {
                jdbc.update("INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE, BUCKET, POINTS, REMAINING, LOT_BUCKET,"
                        + " AVAILABLE_AT, EXPIRES_AT, SOURCE, IDEMPOTENCY_KEY, UNRECOVERED, ALREADY_EXPIRED, CREATED_AT)"
                        + " SELECT a.ID, 'EARN', 'AVAILABLE', 10, 10, 'AVAILABLE', ?, ?, 'RULE', CONCAT('bench:', a.ID, ':" + n + "'),"
                        + " 0, 0, ? FROM LOY_POINTS_ACCOUNT a WHERE a.CUSTOMER_ID BETWEEN ? AND ?",
                        past, expired, past, FIRST_CUSTOMER, lastCustomer);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void clear() {
        String members = "SELECT a.ID FROM LOY_POINTS_ACCOUNT a WHERE a.CUSTOMER_ID >= " + FIRST_CUSTOMER;
        jdbc.update("DELETE FROM LOY_POINTS_ALLOCATION WHERE ENTRY_ID IN (SELECT e.ID FROM LOY_POINTS_ENTRY e WHERE e.ACCOUNT_ID IN ("
                + members + "))");
        jdbc.update("DELETE FROM LOY_POINTS_ENTRY WHERE ACCOUNT_ID IN (" + members + ")");
        jdbc.update("DELETE FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID >= " + FIRST_CUSTOMER);
        if (context.database() == TestDatabase.POSTGRESQL) {
            jdbc.execute("VACUUM ANALYZE LOY_POINTS_ENTRY");
            jdbc.execute("VACUUM ANALYZE LOY_POINTS_ACCOUNT");
            jdbc.execute("VACUUM ANALYZE LOY_POINTS_ALLOCATION");
        }
    }
}
