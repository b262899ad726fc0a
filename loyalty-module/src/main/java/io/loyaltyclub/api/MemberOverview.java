package io.loyaltyclub.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the member's own page and the JSON API show besides balances: the available points that expire soon, and
 * the active segments the member is in (with their names). Each read runs in the shop's transaction manager, on
 * the connection the request's entity manager holds: a second connection per request could exhaust the pool.
 */
public class MemberOverview {

    private JdbcTemplate jdbc;
    private Clock clock = Clock.systemUTC();

    /**
     * The member's available lots that expire within {@code days} from now, soonest first, each with the last day
     * its points can be used in {@code zone} (a lot expiring at midnight is usable through the day before).
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ExpiringLot> expiringWithin(long customerId, int days, final ZoneId zone) {
        Instant now = clock.instant();
        // The account first, then its lots on the account's index: joined in one statement, HSQLDB walked the
        // expiry index over every member's lots (seconds with a million entries).
        List<Long> account = jdbc.queryForList("SELECT ID FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID = ?", Long.class,
                customerId);
        if (account.isEmpty()) {
            return new ArrayList<ExpiringLot>();
        }
        // Only account and expiry in the WHERE clause, so that HSQLDB takes the (account, expiry) index and reads
        // the window's lots alone; bucket and remaining points are checked here.
        List<ExpiringLot> lots = new ArrayList<ExpiringLot>();
        jdbc.query("SELECT LOT_BUCKET, REMAINING, EXPIRES_AT FROM LOY_POINTS_ENTRY WHERE ACCOUNT_ID = ?"
                + " AND EXPIRES_AT > ? AND EXPIRES_AT <= ? ORDER BY EXPIRES_AT, ID",
                (RowCallbackHandler) rs -> {
                    long remaining = rs.getLong(2);
                    if ("AVAILABLE".equals(rs.getString(1)) && remaining > 0) {
                        Instant expiresAt = rs.getTimestamp(3).toInstant();
                        lots.add(new ExpiringLot(remaining, expiresAt,
                                expiresAt.minusMillis(1).atZone(zone).toLocalDate()));
                    }
                }, account.get(0), Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(days))));
        return lots;
    }

    /** The active segments the member is in, as {code, name}, by code. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<String[]> segments(long customerId) {
        return jdbc.query("SELECT s.CODE, s.NAME FROM LOY_SEGMENT_MEMBER m, LOY_SEGMENT s WHERE m.SEGMENT_ID = s.ID"
                + " AND m.CUSTOMER_ID = ? AND s.ACTIVE = TRUE ORDER BY s.CODE",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, customerId);
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Points of one lot that expire at a moment; {@code lastDay} is the last day they can be used. */
    public static final class ExpiringLot {

        private final long points;
        private final Instant expiresAt;
        private final LocalDate lastDay;

        public ExpiringLot(long points, Instant expiresAt, LocalDate lastDay) {
            this.points = points;
            this.expiresAt = expiresAt;
            this.lastDay = lastDay;
        }

        public long getPoints() {
            return points;
        }

        public Instant getExpiresAt() {
            return expiresAt;
        }

        public LocalDate getLastDay() {
            return lastDay;
        }

        /** The lots' points together. */
        public static long total(List<ExpiringLot> lots) {
            long total = 0;
            for (ExpiringLot lot : lots) {
                total += lot.points;
            }
            return total;
        }
    }
}
