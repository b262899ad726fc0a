package io.loyaltyclub.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Checks that every account's balances equal the sums over its entries, and that its lots hold exactly what
 * the balances say: the invariant of the ledger. Runs as set-based SQL, one statement per check over all
 * accounts (or one account), so it can be run on a live shop at any time.
 *
 * <ul>
 * <li>pending = Σ points posted to PENDING − Σ points released</li>
 * <li>available = Σ points posted to AVAILABLE (releases included)</li>
 * <li>lifetime earned = Σ earnings − Σ points reversed of earnings</li>
 * <li>redeemed = −Σ redemptions − Σ points given back by their reversals</li>
 * <li>expired = −Σ expiries; unrecovered = Σ unrecovered</li>
 * <li>pending lots hold the pending balance; available lots hold the available balance (0 while it is negative)</li>
 * </ul>
 */
public class LedgerVerification {

    private static final String SUMS = "SELECT a.ID, a.CUSTOMER_ID,"
            + " a.PENDING, COALESCE(SUM(CASE WHEN e.BUCKET = 'PENDING' THEN e.POINTS ELSE 0 END), 0)"
            + "   - COALESCE(SUM(CASE WHEN e.ENTRY_TYPE = 'RELEASE' THEN e.POINTS ELSE 0 END), 0),"
            + " a.AVAILABLE, COALESCE(SUM(CASE WHEN e.BUCKET = 'AVAILABLE' THEN e.POINTS ELSE 0 END), 0),"
            + " a.LIFETIME_EARNED, COALESCE(SUM(CASE WHEN e.ENTRY_TYPE = 'EARN' THEN e.POINTS"
            + "   WHEN e.ENTRY_TYPE = 'REVERSE' AND e.REVERSED_TYPE = 'EARN'"
            + "     THEN -(ABS(e.POINTS) + e.UNRECOVERED + e.ALREADY_EXPIRED) ELSE 0 END), 0),"
            + " a.REDEEMED, COALESCE(SUM(CASE WHEN e.ENTRY_TYPE = 'REDEEM' THEN -e.POINTS"
            + "   WHEN e.ENTRY_TYPE = 'REVERSE' AND e.REVERSED_TYPE = 'REDEEM' THEN -e.POINTS ELSE 0 END), 0),"
            + " a.EXPIRED, COALESCE(SUM(CASE WHEN e.ENTRY_TYPE = 'EXPIRE' THEN -e.POINTS ELSE 0 END), 0),"
            + " a.UNRECOVERED, COALESCE(SUM(e.UNRECOVERED), 0),"
            + " COALESCE(SUM(CASE WHEN e.LOT_BUCKET = 'PENDING' THEN e.REMAINING ELSE 0 END), 0),"
            + " COALESCE(SUM(CASE WHEN e.LOT_BUCKET = 'AVAILABLE' THEN e.REMAINING ELSE 0 END), 0)"
            + " FROM LOY_POINTS_ACCOUNT a LEFT JOIN LOY_POINTS_ENTRY e ON e.ACCOUNT_ID = a.ID";

    private static final String GROUP = " GROUP BY a.ID, a.CUSTOMER_ID, a.PENDING, a.AVAILABLE, a.LIFETIME_EARNED,"
            + " a.REDEEMED, a.EXPIRED, a.UNRECOVERED";

    private JdbcTemplate jdbc;

    /** All accounts whose balances do not match their entries; empty when the ledger is consistent. */
    public List<String> discrepancies() {
        return check(jdbc.query(SUMS + GROUP, SUMS_ROW));
    }

    /** The discrepancies of one member's account (none if the member has no account). */
    public List<String> discrepancies(long customerId) {
        return check(jdbc.query(SUMS + " WHERE a.CUSTOMER_ID = ?" + GROUP, SUMS_ROW, customerId));
    }

    private static final RowMapper<long[]> SUMS_ROW = new RowMapper<long[]>() {
        @Override
        public long[] mapRow(ResultSet rs, int rowNum) throws SQLException {
            long[] values = new long[16];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }
    };

    private static List<String> check(List<long[]> rows) {
        List<String> problems = new ArrayList<String>();
        for (long[] v : rows) {
            long customer = v[1];
            compare(problems, customer, "pending", v[2], v[3]);
            compare(problems, customer, "available", v[4], v[5]);
            compare(problems, customer, "lifetime earned", v[6], v[7]);
            compare(problems, customer, "redeemed", v[8], v[9]);
            compare(problems, customer, "expired", v[10], v[11]);
            compare(problems, customer, "unrecovered", v[12], v[13]);
            compare(problems, customer, "points in pending lots", v[2], v[14]);
            compare(problems, customer, "points in available lots", Math.max(0, v[4]), v[15]);
        }
        return problems;
    }

    private static void compare(List<String> problems, long customer, String balance, long kept, long summed) {
        if (kept != summed) {
            problems.add("customer " + customer + ": " + balance + " is " + kept + ", its entries say " + summed);
        }
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }
}
