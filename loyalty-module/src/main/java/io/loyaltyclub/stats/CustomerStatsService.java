package io.loyaltyclub.stats;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.checkout.ClubOrder;
import io.loyaltyclub.checkout.ClubOrderLine;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.RequestMemo;

/**
 * Keeps each customer's statistics up to date. Every order the club records has one row of what it adds now
 * ({@code LOY_STATS_ORDER}, with its categories); a customer's lifetime, monthly and per-category sums are
 * recomputed from those rows (a query bounded by one customer's orders), so replaying a change gives the same
 * figures. Changes of one customer are serialized by a lock on the customer's statistics row (an UPDATE of it,
 * as the ledger locks accounts). Pages and rules read the sums, never the orders.
 *
 * <p>Implements no interface on purpose: its transactions come from a class-based proxy, injected by class.</p>
 */
public class CustomerStatsService {

    /** Where an order's contribution came from: the club's own record, or the shop's order tables (backfill). */
    public static final String SOURCE_CLUB = "CLUB";
    public static final String SOURCE_BACKFILL = "BACKFILL";

    /** Customers per statement when recomputing many. */
    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private NamedParameterJdbcTemplate jdbc;
    private ProgramService program;
    private Clock clock = Clock.systemUTC();

    /**
     * Records what the order adds now (after a checkout, cancellation, reinstatement or return) and recomputes
     * its customer's figures. Joins the caller's transaction.
     *
     * @return whether the order now adds less than it did at checkout (it was cancelled, or units came back)
     */
    @Transactional("blTransactionManager")
    public boolean recordOrder(ClubOrder order) {
        entityManager.flush();
        long customerId = order.getCustomerId();
        lock(customerId);
        List<ClubOrderLine> lines = entityManager.createQuery(
                "select l from ClubOrderLine l where l.clubOrderId = :id order by l.id", ClubOrderLine.class)
                .setParameter("id", order.getId()).getResultList();
        OrderContribution contribution = OrderContribution.of(order, lines);
        Instant orderedAt = order.getOrderedAt() != null ? order.getOrderedAt().toInstant()
                : order.getRecordedAt().toInstant();
        MapSqlParameterSource params = new MapSqlParameterSource("order", order.getOrderId())
                .addValue("customer", customerId);
        jdbc.update("DELETE FROM LOY_STATS_ORDER_CATEGORY WHERE ORDER_ID = :order", params);
        jdbc.update("DELETE FROM LOY_STATS_ORDER WHERE ORDER_ID = :order", params);
        jdbc.update("INSERT INTO LOY_STATS_ORDER (ORDER_ID, CUSTOMER_ID, ORDERED_AT, PERIOD_MONTH, ORDERS, SPENT, POINTS,"
                + " SOURCE) VALUES (:order, :customer, :at, :month, :orders, :spent, :points, :source)",
                params.addValue("at", Timestamp.from(orderedAt))
                        .addValue("month", MonthFigures.key(YearMonth.from(orderedAt.atZone(zone()))))
                        .addValue("orders", contribution.orders).addValue("spent", contribution.spent)
                        .addValue("points", contribution.points).addValue("source", SOURCE_CLUB));
        for (Map.Entry<Long, Integer> category : contribution.unitsPerCategory.entrySet()) {
            jdbc.update("INSERT INTO LOY_STATS_ORDER_CATEGORY (ORDER_ID, CATEGORY_ID, CUSTOMER_ID, UNITS)"
                    + " VALUES (:order, :category, :customer, :units)", new MapSqlParameterSource(params.getValues())
                            .addValue("category", category.getKey()).addValue("units", category.getValue()));
        }
        recompute(Collections.singletonList(customerId));
        return contribution.isReduced();
    }

    /**
     * Locks the customer's statistics row for the rest of the caller's transaction, creating it first when the
     * customer has none. The creation runs under a savepoint of the caller's transaction (not a transaction of its
     * own: that would need a second connection while the caller may hold the member's locks), so a race on
     * creation only rolls back to the savepoint.
     */
    public void lock(long customerId) {
        if (lockRow(customerId)) {
            return;
        }
        Timestamp now = now();
        jdbc.getJdbcOperations().execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO LOY_CUSTOMER_STATS (CUSTOMER_ID,"
                    + " ORDER_COUNT, TOTAL_SPENT, POINTS_EARNED, UPDATED_AT, VERSION) VALUES (?, 0, 0, 0, ?, 0)")) {
                insert.setLong(1, customerId);
                insert.setTimestamp(2, now);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                connection.rollback(savepoint);
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
                // another transaction created it: the primary key kept it single
            }
            return null;
        });
        if (!lockRow(customerId)) {
            throw new IllegalStateException("no statistics row for customer " + customerId);
        }
    }

    private boolean lockRow(long customerId) {
        return jdbc.update("UPDATE LOY_CUSTOMER_STATS SET VERSION = VERSION + 1 WHERE CUSTOMER_ID = :customer",
                new MapSqlParameterSource("customer", customerId)) == 1;
    }

    /**
     * Recomputes the lifetime, monthly and per-category sums of these customers from their orders' rows. Their
     * statistics rows must exist; the caller holds their locks (or owns them otherwise, as the backfill does).
     */
    public void recompute(Collection<Long> customerIds) {
        List<Long> all = new ArrayList<>(customerIds);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            MapSqlParameterSource params = new MapSqlParameterSource("ids",
                    all.subList(from, Math.min(all.size(), from + IN_LIST))).addValue("now", now());
            String ofCustomer = " FROM LOY_STATS_ORDER o WHERE o.CUSTOMER_ID = LOY_CUSTOMER_STATS.CUSTOMER_ID";
            jdbc.update("UPDATE LOY_CUSTOMER_STATS SET"
                    + " ORDER_COUNT = (SELECT COALESCE(SUM(o.ORDERS), 0)" + ofCustomer + "),"
                    + " TOTAL_SPENT = (SELECT COALESCE(SUM(o.SPENT), 0)" + ofCustomer + "),"
                    + " POINTS_EARNED = (SELECT COALESCE(SUM(o.POINTS), 0)" + ofCustomer + "),"
                    + " FIRST_ORDER_AT = (SELECT MIN(o.ORDERED_AT)" + ofCustomer + " AND o.ORDERS > 0),"
                    + " LAST_ORDER_AT = (SELECT MAX(o.ORDERED_AT)" + ofCustomer + " AND o.ORDERS > 0),"
                    + " UPDATED_AT = :now WHERE CUSTOMER_ID IN (:ids)", params);
            jdbc.update("DELETE FROM LOY_CUSTOMER_MONTH WHERE CUSTOMER_ID IN (:ids)", params);
            jdbc.update("INSERT INTO LOY_CUSTOMER_MONTH (CUSTOMER_ID, PERIOD_MONTH, ORDER_COUNT, SPENT, POINTS)"
                    + " SELECT CUSTOMER_ID, PERIOD_MONTH, SUM(ORDERS), SUM(SPENT), SUM(POINTS) FROM LOY_STATS_ORDER"
                    + " WHERE CUSTOMER_ID IN (:ids) GROUP BY CUSTOMER_ID, PERIOD_MONTH", params);
            jdbc.update("DELETE FROM LOY_CUSTOMER_CATEGORY WHERE CUSTOMER_ID IN (:ids)", params);
            jdbc.update("INSERT INTO LOY_CUSTOMER_CATEGORY (CUSTOMER_ID, CATEGORY_ID, ORDER_COUNT, UNITS)"
                    + " SELECT CUSTOMER_ID, CATEGORY_ID, COUNT(*), SUM(UNITS) FROM LOY_STATS_ORDER_CATEGORY"
                    + " WHERE CUSTOMER_ID IN (:ids) AND UNITS > 0 GROUP BY CUSTOMER_ID, CATEGORY_ID", params);
        }
    }

    // --- reads ------------------------------------------------------------------------------------------------

    /** The customer's figures (zeros when the club has none). One statement. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CustomerStats stats(long customerId) {
        List<CustomerStats> found = jdbc.query("SELECT " + STATS_COLUMNS + " FROM LOY_CUSTOMER_STATS s"
                + " WHERE s.CUSTOMER_ID = :customer", new MapSqlParameterSource("customer", customerId),
                (rs, row) -> readStats(rs));
        return found.isEmpty() ? CustomerStats.none(customerId) : found.get(0);
    }

    /** The columns {@link #readStats} reads, for queries over several customers. */
    public static final String STATS_COLUMNS = "s.CUSTOMER_ID, s.ORDER_COUNT, s.TOTAL_SPENT, s.POINTS_EARNED,"
            + " s.FIRST_ORDER_AT, s.LAST_ORDER_AT, s.TIER_CODE, s.TIER_LOCKED, s.TIER_REASON, s.TIER_SINCE";

    public static CustomerStats readStats(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp first = rs.getTimestamp("FIRST_ORDER_AT");
        Timestamp last = rs.getTimestamp("LAST_ORDER_AT");
        Timestamp tierSince = rs.getTimestamp("TIER_SINCE");
        return new CustomerStats(rs.getLong("CUSTOMER_ID"), rs.getInt("ORDER_COUNT"), rs.getBigDecimal("TOTAL_SPENT"),
                rs.getLong("POINTS_EARNED"), first == null ? null : first.toInstant(),
                last == null ? null : last.toInstant(), rs.getString("TIER_CODE"), rs.getBoolean("TIER_LOCKED"),
                rs.getString("TIER_REASON"), tierSince == null ? null : tierSince.toInstant());
    }

    /** The customer's figures per month since {@code from} (months without orders are absent). One statement. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<MonthFigures> months(long customerId, YearMonth from) {
        return jdbc.query("SELECT PERIOD_MONTH, ORDER_COUNT, SPENT, POINTS FROM LOY_CUSTOMER_MONTH"
                + " WHERE CUSTOMER_ID = :customer AND PERIOD_MONTH >= :from ORDER BY PERIOD_MONTH",
                new MapSqlParameterSource("customer", customerId).addValue("from", MonthFigures.key(from)),
                (rs, row) -> new MonthFigures(MonthFigures.month(rs.getInt(1)), rs.getInt(2), rs.getBigDecimal(3),
                        rs.getLong(4)));
    }

    /** Units kept per category the customer bought. One statement. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, Integer> categories(long customerId) {
        Map<Long, Integer> units = new LinkedHashMap<>();
        jdbc.query("SELECT CATEGORY_ID, UNITS FROM LOY_CUSTOMER_CATEGORY WHERE CUSTOMER_ID = :customer"
                + " ORDER BY CATEGORY_ID", new MapSqlParameterSource("customer", customerId),
                rs -> {
                    units.put(rs.getLong(1), rs.getInt(2));
                });
        return units;
    }

    /** The shop's time zone, in which months are counted. */
    public ZoneId zone() {
        return RequestMemo.settings(program).zone();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
