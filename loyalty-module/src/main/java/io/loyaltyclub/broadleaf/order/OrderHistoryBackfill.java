package io.loyaltyclub.broadleaf.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.checkout.ClubOrder;
import io.loyaltyclub.standing.SegmentService;
import io.loyaltyclub.standing.TierChange;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.stats.CustomerStatsService;

/**
 * Works out customers' statistics, tiers and segments from the shop's existing order history, for a shop that
 * had orders before the club. First through Broadleaf's submitted orders ({@code BLC_ORDER}, status SUBMITTED) by
 * id, a chunk per transaction, recording what each adds:
 * <ol>
 * <li>orders the club recorded at checkout count as the club recorded them (exact eligible amounts, points,
 * returns and cancellations);</li>
 * <li>every other submitted order counts once, with one set-based statement per chunk: what it spent is its total
 * less tax and shipping, converted with the admin's exchange rate, in the calendar month of its submit date; its
 * categories (the products' default and parent categories) with its units; it earned no club points;</li>
 * </ol>
 * Then through the customers of those orders by id, a chunk per transaction: each gets their sums recomputed once,
 * their tier set to what the figures hold (locked tiers stay; one history row when it changes), and their
 * segments worked out.
 * <p>The phase and position (the last order or customer id done) are kept in {@code LOY_BACKFILL} in the chunk's
 * transaction: a backfill stopped half-way resumes after the last chunk that committed. An order that already has
 * its row counts once whatever happens, so running it again gives the same figures. A finished backfill run again
 * starts a new pass.</p>
 */
public class OrderHistoryBackfill {

    public static final String NAME = "customer-standing";
    private static final String PHASE_ORDERS = "ORDERS";
    private static final String PHASE_CUSTOMERS = "CUSTOMERS";
    private static final String PHASE_DONE = "DONE";

    private static final Log LOG = LogFactory.getLog(OrderHistoryBackfill.class);
    private static final int MAX_CHUNK = 20000;
    private static final String IN_CHUNK = " o.ORDER_ID > :last AND o.ORDER_ID <= :upper AND o.ORDER_STATUS = 'SUBMITTED'";

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private NamedParameterJdbcTemplate jdbc;
    private PlatformTransactionManager transactionManager;
    private CustomerStatsService stats;
    private TierService tiers;
    private SegmentService segments;
    private Clock clock = Clock.systemUTC();
    private Consumer<String> progress = LOG::info;

    /** Backfills from where the last run stopped (or from the start) to the end. */
    public Result backfill(int chunkSize) {
        return backfill(chunkSize, Integer.MAX_VALUE);
    }

    /** Backfills at most {@code maxChunks} chunks of {@code chunkSize} orders or customers, then stops (to be resumed). */
    public Result backfill(int chunkSize, int maxChunks) {
        if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
            throw new IllegalArgumentException("a chunk is 1 to " + MAX_CHUNK + " orders, not " + chunkSize);
        }
        Position at = start();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        int chunks = 0;
        long started = System.nanoTime();
        long ordersBefore = at.ordersDone;
        while (PHASE_ORDERS.equals(at.phase)) {
            if (chunks++ == maxChunks) {
                return new Result(at.ordersDone, at.ordersTotal, at.customersDone, false);
            }
            List<Long> ids = jdbc.queryForList("SELECT o.ORDER_ID FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'SUBMITTED'"
                    + " AND o.ORDER_ID > :last ORDER BY o.ORDER_ID LIMIT " + chunkSize,
                    new MapSqlParameterSource("last", at.lastOrderId), Long.class);
            if (ids.isEmpty()) {
                jdbc.update("UPDATE LOY_BACKFILL SET PHASE = '" + PHASE_CUSTOMERS + "', UPDATED_AT = :now WHERE NAME = :name",
                        params());
                at.phase = PHASE_CUSTOMERS;
                chunks--;
                break;
            }
            long last = at.lastOrderId;
            long upper = ids.get(ids.size() - 1);
            long done = at.ordersDone + ids.size();
            inTransaction(transaction, "orders after " + last, () -> orderChunk(last, upper, done));
            at.lastOrderId = upper;
            at.ordersDone = done;
            at.ordersTotal = Math.max(at.ordersTotal, done);
            progress.accept(line("orders", at.ordersDone, at.ordersTotal, at.ordersDone - ordersBefore, started));
        }
        long customersTotal = jdbc.queryForObject("SELECT COUNT(DISTINCT CUSTOMER_ID) FROM LOY_STATS_ORDER",
                new MapSqlParameterSource(), Long.class);
        long customersStarted = System.nanoTime();
        long customersBefore = at.customersDone;
        while (true) {
            if (chunks++ == maxChunks) {
                return new Result(at.ordersDone, at.ordersTotal, at.customersDone, false);
            }
            List<Long> customers = jdbc.queryForList("SELECT DISTINCT CUSTOMER_ID FROM LOY_STATS_ORDER"
                    + " WHERE CUSTOMER_ID > :after ORDER BY CUSTOMER_ID LIMIT " + chunkSize,
                    new MapSqlParameterSource("after", at.lastCustomerId), Long.class);
            if (customers.isEmpty()) {
                jdbc.update("UPDATE LOY_BACKFILL SET PHASE = '" + PHASE_DONE + "', FINISHED_AT = :now, UPDATED_AT = :now"
                        + " WHERE NAME = :name", params());
                double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
                progress.accept(String.format(Locale.ROOT, "backfill: finished, %d orders of %d customers in %.1f s",
                        at.ordersDone, at.customersDone, seconds));
                return new Result(at.ordersDone, at.ordersTotal, at.customersDone, true);
            }
            long done = at.customersDone + customers.size();
            inTransaction(transaction, "customers after " + at.lastCustomerId, () -> customerChunk(customers, done));
            at.lastCustomerId = customers.get(customers.size() - 1);
            at.customersDone = done;
            progress.accept(line("customers", done, Math.max(customersTotal, done), done - customersBefore,
                    customersStarted));
        }
    }

    /** One chunk in one transaction; a race with a checkout creating a customer's row is retried. */
    private void inTransaction(TransactionTemplate transaction, String what, Runnable chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.execute(status -> {
                    chunk.run();
                    return null;
                });
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.warn("Backfill chunk of " + what + " met a concurrent change; trying again");
            }
        }
    }

    /** What each order of the chunk adds, once. */
    private void orderChunk(long last, long upper, long doneNow) {
        MapSqlParameterSource params = params().addValue("last", last).addValue("upper", upper).addValue("done", doneNow);
        // Orders the club recorded at checkout count as it recorded them.
        List<Long> recorded = jdbc.queryForList("SELECT c.ORDER_ID FROM LOY_CLUB_ORDER c WHERE c.ORDER_ID > :last"
                + " AND c.ORDER_ID <= :upper AND NOT EXISTS (SELECT 1 FROM LOY_STATS_ORDER s WHERE s.ORDER_ID = c.ORDER_ID)",
                params, Long.class);
        if (!recorded.isEmpty()) {
            for (ClubOrder order : entityManager.createQuery("select c from ClubOrder c where c.orderId in :ids",
                    ClubOrder.class).setParameter("ids", recorded).getResultList()) {
                stats.recordOrder(order);
            }
        }
        // Every other submitted order, once.
        jdbc.update("INSERT INTO LOY_STATS_ORDER (ORDER_ID, CUSTOMER_ID, ORDERED_AT, PERIOD_MONTH, ORDERS, SPENT, POINTS,"
                + " SOURCE) SELECT o.ORDER_ID, o.CUSTOMER_ID, o.SUBMIT_DATE,"
                + " EXTRACT(YEAR FROM o.SUBMIT_DATE) * 100 + EXTRACT(MONTH FROM o.SUBMIT_DATE), 1,"
                + " (CASE WHEN o.ORDER_TOTAL IS NULL THEN COALESCE(o.ORDER_SUBTOTAL, 0)"
                + " ELSE GREATEST(o.ORDER_TOTAL - COALESCE(o.TOTAL_TAX, 0) - COALESCE(o.TOTAL_SHIPPING, 0), 0) END)"
                + " * COALESCE(r.RATE_TO_BASE, 1), 0, :source"
                + " FROM BLC_ORDER o LEFT JOIN LOY_EXCHANGE_RATE r ON r.CURRENCY_CODE = o.CURRENCY_CODE"
                + " WHERE" + IN_CHUNK + " AND o.SUBMIT_DATE IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM LOY_STATS_ORDER s WHERE s.ORDER_ID = o.ORDER_ID)"
                + " AND NOT EXISTS (SELECT 1 FROM LOY_CLUB_ORDER c WHERE c.ORDER_ID = o.ORDER_ID)", params);
        jdbc.update("INSERT INTO LOY_STATS_ORDER_CATEGORY (ORDER_ID, CATEGORY_ID, CUSTOMER_ID, UNITS)"
                + " SELECT o.ORDER_ID, pc.CATEGORY_ID, o.CUSTOMER_ID, SUM(i.QUANTITY)"
                + " FROM BLC_ORDER o JOIN LOY_STATS_ORDER s ON s.ORDER_ID = o.ORDER_ID AND s.SOURCE = :source"
                + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " JOIN (SELECT p.PRODUCT_ID, p.DEFAULT_CATEGORY_ID AS CATEGORY_ID FROM BLC_PRODUCT p"
                + "   WHERE p.DEFAULT_CATEGORY_ID IS NOT NULL"
                + "   UNION SELECT x.PRODUCT_ID, x.CATEGORY_ID FROM BLC_CATEGORY_PRODUCT_XREF x) pc"
                + "   ON pc.PRODUCT_ID = d.PRODUCT_ID"
                + " WHERE" + IN_CHUNK
                + " AND NOT EXISTS (SELECT 1 FROM LOY_STATS_ORDER_CATEGORY c WHERE c.ORDER_ID = o.ORDER_ID)"
                + " GROUP BY o.ORDER_ID, pc.CATEGORY_ID, o.CUSTOMER_ID", params);
        jdbc.update("UPDATE LOY_BACKFILL SET LAST_ORDER_ID = :upper, ORDERS_DONE = :done, UPDATED_AT = :now"
                + " WHERE NAME = :name", params);
    }

    /** The chunk's customers: their rows, sums, tiers (locked ones stay) and segments. */
    private void customerChunk(List<Long> customers, long doneNow) {
        MapSqlParameterSource params = params().addValue("ids", customers).addValue("done", doneNow)
                .addValue("upper", customers.get(customers.size() - 1));
        jdbc.update("INSERT INTO LOY_CUSTOMER_STATS (CUSTOMER_ID, ORDER_COUNT, TOTAL_SPENT, POINTS_EARNED, UPDATED_AT, VERSION)"
                + " SELECT d.CUSTOMER_ID, 0, 0, 0, :now, 0 FROM (SELECT DISTINCT s.CUSTOMER_ID FROM LOY_STATS_ORDER s"
                + " WHERE s.CUSTOMER_ID IN (:ids)) d"
                + " WHERE NOT EXISTS (SELECT 1 FROM LOY_CUSTOMER_STATS c WHERE c.CUSTOMER_ID = d.CUSTOMER_ID)", params);
        jdbc.update("UPDATE LOY_CUSTOMER_STATS SET VERSION = VERSION + 1 WHERE CUSTOMER_ID IN (:ids)", params);
        stats.recompute(customers);
        tiers.evaluateChunk(customers, TierChange.Kind.BACKFILL);
        segments.refreshWithoutEvents(customers);
        jdbc.update("UPDATE LOY_BACKFILL SET LAST_CUSTOMER_ID = :upper, CUSTOMERS_DONE = :done, UPDATED_AT = :now"
                + " WHERE NAME = :name", params);
    }

    /** Where to go on from; a new pass when there is none or the last one finished. */
    private Position start() {
        return new TransactionTemplate(transactionManager).execute(status -> {
            MapSqlParameterSource params = params();
            List<Position> found = jdbc.query("SELECT PHASE, LAST_ORDER_ID, ORDERS_DONE, ORDERS_TOTAL, LAST_CUSTOMER_ID,"
                    + " CUSTOMERS_DONE FROM LOY_BACKFILL WHERE NAME = :name", params, (rs, row) -> new Position(
                            rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
            if (!found.isEmpty() && !PHASE_DONE.equals(found.get(0).phase)) {
                Position at = found.get(0);
                progress.accept("backfill: resuming (" + at.ordersDone + " orders, " + at.customersDone
                        + " customers done)");
                return at;
            }
            long total = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'SUBMITTED'",
                    params, Long.class);
            params.addValue("total", total);
            if (found.isEmpty()) {
                jdbc.update("INSERT INTO LOY_BACKFILL (NAME, PHASE, LAST_ORDER_ID, ORDERS_DONE, ORDERS_TOTAL,"
                        + " LAST_CUSTOMER_ID, CUSTOMERS_DONE, STARTED_AT, UPDATED_AT)"
                        + " VALUES (:name, '" + PHASE_ORDERS + "', -1, 0, :total, -1, 0, :now, :now)", params);
            } else {
                jdbc.update("UPDATE LOY_BACKFILL SET PHASE = '" + PHASE_ORDERS + "', LAST_ORDER_ID = -1, ORDERS_DONE = 0,"
                        + " ORDERS_TOTAL = :total, LAST_CUSTOMER_ID = -1, CUSTOMERS_DONE = 0, STARTED_AT = :now,"
                        + " UPDATED_AT = :now, FINISHED_AT = NULL WHERE NAME = :name", params);
            }
            return new Position(PHASE_ORDERS, -1, 0, total, -1, 0);
        });
    }

    /** A backfill's position, as kept in {@code LOY_BACKFILL}. */
    private static final class Position {

        String phase;
        long lastOrderId;
        long ordersDone;
        long ordersTotal;
        long lastCustomerId;
        long customersDone;

        Position(String phase, long lastOrderId, long ordersDone, long ordersTotal, long lastCustomerId,
                long customersDone) {
            this.phase = phase;
            this.lastOrderId = lastOrderId;
            this.ordersDone = ordersDone;
            this.ordersTotal = ordersTotal;
            this.lastCustomerId = lastCustomerId;
            this.customersDone = customersDone;
        }
    }

    /** "backfill: 420000/1000000 orders (42.0%), 8100 orders/s, 1m12s left" */
    static String line(String what, long done, long total, long doneThisRun, long startedNanos) {
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
        double rate = doneThisRun / seconds;
        long left = rate > 0 ? Math.round(Math.max(total - done, 0) / rate) : 0;
        return String.format(Locale.ROOT, "backfill: %d/%d %s (%.1f%%), %.0f %s/s, %s left", done, total, what,
                total == 0 ? 100.0 : 100.0 * done / total, rate, what, duration(left));
    }

    static String duration(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        long hours = d.toHours();
        long minutes = d.toMinutes() % 60;
        long secs = d.getSeconds() % 60;
        return hours > 0 ? hours + "h" + minutes + "m" + secs + "s" : minutes > 0 ? minutes + "m" + secs + "s" : secs + "s";
    }

    private MapSqlParameterSource params() {
        return new MapSqlParameterSource("name", NAME).addValue("now", Timestamp.from(clock.instant()))
                .addValue("source", CustomerStatsService.SOURCE_BACKFILL);
    }

    /** Where a run of the backfill ended. */
    public static final class Result {

        private final long ordersDone;
        private final long ordersTotal;
        private final long customersDone;
        private final boolean finished;

        Result(long ordersDone, long ordersTotal, long customersDone, boolean finished) {
            this.ordersDone = ordersDone;
            this.ordersTotal = ordersTotal;
            this.customersDone = customersDone;
            this.finished = finished;
        }

        public long getCustomersDone() {
            return customersDone;
        }

        public long getOrdersDone() {
            return ordersDone;
        }

        public long getOrdersTotal() {
            return ordersTotal;
        }

        public boolean isFinished() {
            return finished;
        }
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setStats(CustomerStatsService stats) {
        this.stats = stats;
    }

    public void setTiers(TierService tiers) {
        this.tiers = tiers;
    }

    public void setSegments(SegmentService segments) {
        this.segments = segments;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Where the progress lines go (the log by default). */
    public void setProgress(Consumer<String> progress) {
        this.progress = progress;
    }
}
