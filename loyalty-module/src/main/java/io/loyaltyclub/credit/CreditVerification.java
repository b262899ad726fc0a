package io.loyaltyclub.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Checks the invariant of the credit ledger on every account (or one), in set-based SQL that can run on a live shop:
 *
 * <ul>
 * <li>pending = Σ amounts posted to PENDING − Σ released; available = Σ amounts posted to AVAILABLE</li>
 * <li>lifetime issued = Σ issues − Σ amounts revoked of issues (taken, unrecovered or already expired)</li>
 * <li>spent = −Σ spends − Σ refunds; expired = −Σ expiries; unrecovered = Σ unrecovered</li>
 * <li>neither balance is negative; every entry is in the account's currency</li>
 * <li>pending lots hold the pending balance, available lots the available balance, and each lot holds its amount
 * less what the allocations took from it and gave back to it</li>
 * </ul>
 */
public class CreditVerification {

    private static final String SUMS = "SELECT a.CUSTOMER_ID,"
            + " a.PENDING, COALESCE(SUM(CASE WHEN e.BUCKET = 'PENDING' THEN e.AMOUNT ELSE 0 END), 0)"
            + "   - COALESCE(SUM(CASE WHEN e.ENTRY_TYPE = 'RELEASE' THEN e.AMOUNT ELSE 0 END), 0),"
            + " a.AVAILABLE, COALESCE(SUM(CASE WHEN e.BUCKET = 'AVAILABLE' THEN e.AMOUNT ELSE 0 END), 0),"
            + " a.LIFETIME_ISSUED, COALESCE(SUM(CASE WHEN e.ENTRY_TYPE = 'ISSUE' THEN e.AMOUNT"
            + "   WHEN e.ENTRY_TYPE = 'REVOKE' AND e.REVERSED_TYPE = 'ISSUE'"
            + "     THEN -(ABS(e.AMOUNT) + e.UNRECOVERED + e.ALREADY_EXPIRED) ELSE 0 END), 0),"
            + " a.SPENT, COALESCE(SUM(CASE WHEN e.ENTRY_TYPE IN ('SPEND', 'REFUND') THEN -e.AMOUNT ELSE 0 END), 0),"
            + " a.EXPIRED, COALESCE(SUM(CASE WHEN e.ENTRY_TYPE = 'EXPIRE' THEN -e.AMOUNT ELSE 0 END), 0),"
            + " a.UNRECOVERED, COALESCE(SUM(e.UNRECOVERED), 0),"
            + " a.PENDING, COALESCE(SUM(CASE WHEN e.LOT_BUCKET = 'PENDING' THEN e.REMAINING ELSE 0 END), 0),"
            + " a.AVAILABLE, COALESCE(SUM(CASE WHEN e.LOT_BUCKET = 'AVAILABLE' THEN e.REMAINING ELSE 0 END), 0),"
            + " 0, COALESCE(SUM(CASE WHEN e.CURRENCY_CODE <> a.CURRENCY_CODE THEN 1 ELSE 0 END), 0)"
            + " FROM LOY_CREDIT_ACCOUNT a LEFT JOIN LOY_CREDIT_ENTRY e ON e.ACCOUNT_ID = a.ID";

    private static final String GROUP = " GROUP BY a.ID, a.CUSTOMER_ID, a.PENDING, a.AVAILABLE, a.LIFETIME_ISSUED,"
            + " a.SPENT, a.EXPIRED, a.UNRECOVERED";

    private static final String[] NAMES = {"pending", "available", "lifetime issued", "spent", "expired", "unrecovered",
        "credit in pending lots", "credit in available lots", "entries in another currency"};

    private static final String LOTS = "SELECT a.CUSTOMER_ID, e.ID, e.REMAINING,"
            + " e.AMOUNT - COALESCE((SELECT SUM(x.AMOUNT) FROM LOY_CREDIT_ALLOCATION x WHERE x.LOT_ID = e.ID), 0)"
            + " FROM LOY_CREDIT_ENTRY e JOIN LOY_CREDIT_ACCOUNT a ON a.ID = e.ACCOUNT_ID WHERE e.REMAINING IS NOT NULL";

    private JdbcTemplate jdbc;

    /** All accounts whose balances or lots do not match their entries; empty when the ledger is consistent. */
    public List<String> discrepancies() {
        return problems(jdbc.query(SUMS + GROUP, SUMS_ROW), jdbc.query(LOTS, LOTS_ROW));
    }

    /** The discrepancies of one member's account (none if the member has no account). */
    public List<String> discrepancies(long customerId) {
        return problems(jdbc.query(SUMS + " WHERE a.CUSTOMER_ID = ?" + GROUP, SUMS_ROW, customerId),
                jdbc.query(LOTS + " AND a.CUSTOMER_ID = ?", LOTS_ROW, customerId));
    }

    private static List<String> problems(List<List<String>> accounts, List<List<String>> lots) {
        List<String> problems = new ArrayList<String>();
        for (List<String> row : accounts) {
            problems.addAll(row);
        }
        for (List<String> row : lots) {
            problems.addAll(row);
        }
        return problems;
    }

    private static final RowMapper<List<String>> SUMS_ROW = new RowMapper<List<String>>() {
        @Override
        public List<String> mapRow(ResultSet rs, int rowNum) throws SQLException {
            List<String> problems = new ArrayList<String>();
            long customer = rs.getLong(1);
            for (int i = 0; i < NAMES.length; i++) {
                compare(problems, "customer " + customer + ": " + NAMES[i], rs.getBigDecimal(2 + 2 * i),
                        rs.getBigDecimal(3 + 2 * i));
            }
            if (rs.getBigDecimal(2).signum() < 0 || rs.getBigDecimal(4).signum() < 0) {
                problems.add("customer " + customer + ": a balance is negative");
            }
            return problems;
        }
    };

    private static final RowMapper<List<String>> LOTS_ROW = new RowMapper<List<String>>() {
        @Override
        public List<String> mapRow(ResultSet rs, int rowNum) throws SQLException {
            List<String> problems = new ArrayList<String>();
            compare(problems, "customer " + rs.getLong(1) + ": lot " + rs.getLong(2) + " remaining", rs.getBigDecimal(3),
                    rs.getBigDecimal(4));
            return problems;
        }
    };

    private static void compare(List<String> problems, String what, BigDecimal kept, BigDecimal summed) {
        if (kept.compareTo(summed) != 0) {
            problems.add(what + " is " + kept.toPlainString() + ", its entries say " + summed.toPlainString());
        }
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }
}
