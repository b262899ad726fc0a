package io.loyaltyclub.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled work on all accounts: releasing pending points whose return window ended, and expiring points
 * past their expiry. Both go through the accounts in chunks, one transaction per chunk, with set-based
 * statements that write exactly what {@link PointsLedger} would write one account at a time: an entry per lot
 * with the same idempotency key ({@code expire:<lot>}, {@code release:<lot>}), its allocation, and the
 * balances. Each chunk locks its accounts first, so a sweep and a checkout never interleave on one account.
 *
 * <p>A sweep that stops half-way (a crash, a deploy) is simply run again: it finds only what is still due, and
 * the idempotency keys make a lot expire or release at most once.</p>
 */
public class PointsSweep {

    private static final Log LOG = LogFactory.getLog(PointsSweep.class);

    private static final String OPEN_LOT = "e.LOT_BUCKET = 'AVAILABLE' AND e.REMAINING > 0";
    private static final String DUE_FOR_EXPIRY = OPEN_LOT + " AND e.EXPIRES_AT <= :now";
    private static final String DUE_FOR_RELEASE = "e.LOT_BUCKET = 'PENDING' AND e.REMAINING > 0 AND e.AVAILABLE_AT <= :now";

    private NamedParameterJdbcTemplate jdbc;
    private PlatformTransactionManager transactionManager;
    private PointsLedger ledger;
    private LedgerSettings settings;
    private Clock clock = Clock.systemUTC();
    private int chunkSize = 500;

    /**
     * Expires every lot past its expiry date, then the lots of members inactive for longer than their lots'
     * inactivity period; returns the totals.
     */
    public SweepResult expireAll() {
        final Instant now = clock.instant();
        SweepResult result = expire(DUE_FOR_EXPIRY, "", new MapSqlParameterSource("now", Timestamp.from(now)), null);
        List<Integer> periods = jdbc.queryForList("SELECT DISTINCT e.INACTIVITY_MONTHS FROM LOY_POINTS_ENTRY e"
                + " WHERE e.INACTIVITY_MONTHS IS NOT NULL AND " + OPEN_LOT, new MapSqlParameterSource(), Integer.class);
        for (Integer months : periods) {
            Instant cutoff = ExpiryPolicy.afterInactivity(months).inactivityCutoff(now, settings.shopZone());
            MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now))
                    .addValue("months", months).addValue("cutoff", Timestamp.from(cutoff));
            result = result.plus(expire(OPEN_LOT + " AND e.INACTIVITY_MONTHS = :months", " AND a.LAST_ACTIVITY_AT < :cutoff",
                    params, "LAST_ACTIVITY_AT < :cutoff"));
        }
        return result;
    }

    /**
     * Expires the lots matching {@code due} of the accounts {@code accountsDue} selects, chunk by chunk. With
     * {@code stillDue}, a chunk keeps only the accounts that still match it once locked (a member who ordered in
     * the meantime is active again).
     */
    private SweepResult expire(final String due, String accountCondition, MapSqlParameterSource base,
            final String stillDue) {
        return sweep("expiry", due, accountCondition, base, new Chunk() {
            @Override
            public long process(List<Long> chunk, MapSqlParameterSource params) {
                lockAccounts(params);
                List<Long> accounts = chunk;
                if (stillDue != null) {
                    accounts = jdbc.queryForList("SELECT ID FROM LOY_POINTS_ACCOUNT WHERE ID IN (:accounts) AND "
                            + stillDue, params, Long.class);
                    if (accounts.isEmpty()) {
                        return 0;
                    }
                    params = new MapSqlParameterSource(params.getValues()).addValue("accounts", accounts);
                }
                return expireLots(due, params);
            }
        });
    }

    private long expireLots(String due, MapSqlParameterSource params) {
        long points = sum("SELECT COALESCE(SUM(e.REMAINING), 0) FROM LOY_POINTS_ENTRY e"
                + " WHERE e.ACCOUNT_ID IN (:accounts) AND " + due, params);
        if (points == 0) {
            return 0;
        }
        jdbc.update("UPDATE LOY_POINTS_ACCOUNT SET"
                + " AVAILABLE = AVAILABLE - (SELECT COALESCE(SUM(e.REMAINING), 0) FROM LOY_POINTS_ENTRY e"
                + "   WHERE e.ACCOUNT_ID = LOY_POINTS_ACCOUNT.ID AND " + due + "),"
                + " EXPIRED = EXPIRED + (SELECT COALESCE(SUM(e.REMAINING), 0) FROM LOY_POINTS_ENTRY e"
                + "   WHERE e.ACCOUNT_ID = LOY_POINTS_ACCOUNT.ID AND " + due + ")"
                + " WHERE ID IN (:accounts)", params);
        jdbc.update("INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE, BUCKET, POINTS, SOURCE, SOURCE_REF,"
                + " ORDER_ID, IDEMPOTENCY_KEY, REFERS_TO_ENTRY_ID, UNRECOVERED, ALREADY_EXPIRED, CREATED_AT)"
                + " SELECT e.ACCOUNT_ID, 'EXPIRE', 'AVAILABLE', -e.REMAINING, 'SYSTEM', e.SOURCE_REF, e.ORDER_ID,"
                + " CONCAT('expire:', e.ID), e.ID, 0, 0, :now FROM LOY_POINTS_ENTRY e"
                + " WHERE e.ACCOUNT_ID IN (:accounts) AND " + due, params);
        // Expiry entries whose lot still holds points are the ones just written (a lot expires once).
        jdbc.update("INSERT INTO LOY_POINTS_ALLOCATION (ENTRY_ID, LOT_ID, POINTS)"
                + " SELECT x.ID, e.ID, e.REMAINING FROM LOY_POINTS_ENTRY x JOIN LOY_POINTS_ENTRY e"
                + " ON e.ID = x.REFERS_TO_ENTRY_ID WHERE x.ACCOUNT_ID IN (:accounts) AND x.ENTRY_TYPE = 'EXPIRE'"
                + " AND " + due, params);
        jdbc.update("UPDATE LOY_POINTS_ENTRY SET REMAINING = 0 WHERE ACCOUNT_ID IN (:accounts)"
                + " AND " + due.replace("e.", ""), params);
        return points;
    }

    /**
     * Makes available every pending lot whose return window has ended. Accounts that owe points are released
     * one by one through the ledger, which pays the debt from the released points first.
     */
    public SweepResult releaseAll() {
        final Instant now = clock.instant();
        return sweep("release", DUE_FOR_RELEASE, "", new MapSqlParameterSource("now", Timestamp.from(now)), new Chunk() {
            @Override
            public long process(List<Long> accounts, MapSqlParameterSource params) {
                lockAccounts(params);
                List<Long> owing = jdbc.queryForList("SELECT a.CUSTOMER_ID FROM LOY_POINTS_ACCOUNT a"
                        + " WHERE a.ID IN (:accounts) AND a.AVAILABLE < 0", params, Long.class);
                long points = 0;
                for (Long customerId : owing) {
                    points += ledger.releaseDue(customerId);
                }
                String notOwing = " AND e.ACCOUNT_ID IN (SELECT a.ID FROM LOY_POINTS_ACCOUNT a WHERE a.ID IN (:accounts)"
                        + " AND a.AVAILABLE >= 0)";
                points += sum("SELECT COALESCE(SUM(e.REMAINING), 0) FROM LOY_POINTS_ENTRY e WHERE " + DUE_FOR_RELEASE + notOwing,
                        params);
                jdbc.update("UPDATE LOY_POINTS_ACCOUNT SET"
                        + " AVAILABLE = AVAILABLE + (SELECT COALESCE(SUM(e.REMAINING), 0) FROM LOY_POINTS_ENTRY e"
                        + "   WHERE e.ACCOUNT_ID = LOY_POINTS_ACCOUNT.ID AND " + DUE_FOR_RELEASE + "),"
                        + " PENDING = PENDING - (SELECT COALESCE(SUM(e.REMAINING), 0) FROM LOY_POINTS_ENTRY e"
                        + "   WHERE e.ACCOUNT_ID = LOY_POINTS_ACCOUNT.ID AND " + DUE_FOR_RELEASE + ")"
                        + " WHERE ID IN (:accounts) AND AVAILABLE >= 0", params);
                jdbc.update("INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE, BUCKET, POINTS, SOURCE, SOURCE_REF,"
                        + " ORDER_ID, IDEMPOTENCY_KEY, REFERS_TO_ENTRY_ID, UNRECOVERED, ALREADY_EXPIRED, CREATED_AT)"
                        + " SELECT e.ACCOUNT_ID, 'RELEASE', 'AVAILABLE', e.REMAINING, 'SYSTEM', e.SOURCE_REF, e.ORDER_ID,"
                        + " CONCAT('release:', e.ID), e.ID, 0, 0, :now FROM LOY_POINTS_ENTRY e WHERE "
                        + DUE_FOR_RELEASE + notOwing, params);
                jdbc.update("UPDATE LOY_POINTS_ENTRY SET LOT_BUCKET = 'AVAILABLE' WHERE ACCOUNT_ID IN (:accounts)"
                        + " AND " + DUE_FOR_RELEASE.replace("e.", "") + " AND ACCOUNT_ID IN (SELECT a.ID FROM"
                        + " LOY_POINTS_ACCOUNT a WHERE a.ID IN (:accounts) AND a.AVAILABLE >= 0)", params);
                return points;
            }
        });
    }

    private interface Chunk {
        long process(List<Long> accountIds, MapSqlParameterSource params);
    }

    /**
     * Goes through the accounts in the order of their ids, a chunk at a time: the next accounts (after the last
     * one done) that hold a lot matching {@code due} and meet {@code accountCondition}. The query walks the
     * accounts' primary key and probes each account's lots by index, so every chunk costs about the same
     * however many lots there are.
     */
    private SweepResult sweep(String name, String due, String accountCondition, final MapSqlParameterSource base,
            final Chunk chunk) {
        String accountsDue = "SELECT a.ID FROM LOY_POINTS_ACCOUNT a WHERE EXISTS (SELECT 1 FROM LOY_POINTS_ENTRY e"
                + " WHERE e.ACCOUNT_ID = a.ID AND " + due + ")" + accountCondition;
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + accountsDue + ") due", base, Long.class);
        long started = System.nanoTime();
        long accountsDone = 0;
        long points = 0;
        long after = -1;
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        while (true) {
            // LIMIT (not a JDBC row limit) so the database plans for one chunk, not for every account due.
            final List<Long> batch = jdbc.queryForList(accountsDue + " AND a.ID > :after ORDER BY a.ID LIMIT " + chunkSize,
                    new MapSqlParameterSource(base.getValues()).addValue("after", after), Long.class);
            if (batch.isEmpty()) {
                break;
            }
            points += transaction.execute(status -> chunk.process(batch,
                    new MapSqlParameterSource(base.getValues()).addValue("accounts", batch)));
            accountsDone += batch.size();
            after = batch.get(batch.size() - 1);
            logProgress(name, accountsDone, total, started);
        }
        return new SweepResult(accountsDone, points, (System.nanoTime() - started) / 1000000L);
    }

    private void lockAccounts(MapSqlParameterSource params) {
        jdbc.update("UPDATE LOY_POINTS_ACCOUNT SET VERSION = VERSION + 1 WHERE ID IN (:accounts)", params);
    }

    private long sum(String sql, MapSqlParameterSource params) {
        return jdbc.queryForObject(sql, params, Long.class);
    }

    private static void logProgress(String name, long done, long total, long startedNanos) {
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
        double rate = done / seconds;
        long left = Math.max(total - done, 0);
        LOG.info(String.format("points %s sweep: %d/%d accounts, %.0f accounts/s, about %.0f s left",
                name, done, total, rate, rate > 0 ? left / rate : 0.0));
    }

    /** What a sweep did. */
    public static final class SweepResult {
        private final long accounts;
        private final long points;
        private final long millis;

        SweepResult(long accounts, long points, long millis) {
            this.accounts = accounts;
            this.points = points;
            this.millis = millis;
        }

        public long getAccounts() {
            return accounts;
        }

        public long getPoints() {
            return points;
        }

        public long getMillis() {
            return millis;
        }

        SweepResult plus(SweepResult other) {
            return new SweepResult(accounts + other.accounts, points + other.points, millis + other.millis);
        }
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setLedger(PointsLedger ledger) {
        this.ledger = ledger;
    }

    public void setSettings(LedgerSettings settings) {
        this.settings = settings;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setChunkSize(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("a chunk holds at least one account");
        }
        this.chunkSize = chunkSize;
    }
}
