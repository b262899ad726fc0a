package io.loyaltyclub.testing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a large, consistent history for one member straight into the ledger's tables (earnings of one point
 * each, all available), much faster than booking them one by one; the account's balances are set to match,
 * so the ledger's verification holds. For tests and benchmarks of reads over long histories.
 */
public final class LedgerFiller {

    private LedgerFiller() {
    }

    public static void fill(JdbcTemplate jdbc, final long customerId, final int entries) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.queryForObject("SELECT COUNT(*) FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID = ?", Integer.class, customerId) == 0) {
            jdbc.update("INSERT INTO LOY_POINTS_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED, REDEEMED, EXPIRED,"
                    + " UNRECOVERED, CREATED_AT, ERASED, VERSION) VALUES (?, 0, 0, 0, 0, 0, 0, ?, FALSE, 0)", customerId, now);
        }
        final long accountId = jdbc.queryForObject("SELECT ID FROM LOY_POINTS_ACCOUNT WHERE CUSTOMER_ID = ?", Long.class, customerId);
        final Timestamp at = now;
        final int batch = 5000;
        for (int start = 0; start < entries; start += batch) {
            final int from = start;
            final int size = Math.min(batch, entries - start);
            jdbc.batchUpdate("INSERT INTO LOY_POINTS_ENTRY (ACCOUNT_ID, ENTRY_TYPE, BUCKET, POINTS, REMAINING, LOT_BUCKET,"
                    + " AVAILABLE_AT, SOURCE, IDEMPOTENCY_KEY, UNRECOVERED, ALREADY_EXPIRED, CREATED_AT)"
                    + " VALUES (?, 'EARN', 'AVAILABLE', 1, 1, 'AVAILABLE', ?, 'RULE', ?, 0, 0, ?)",
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            ps.setLong(1, accountId);
                            ps.setTimestamp(2, at);
                            ps.setString(3, "fill:" + customerId + ":" + (from + i));
                            ps.setTimestamp(4, at);
                        }

                        @Override
                        public int getBatchSize() {
                            return size;
                        }
                    });
        }
        jdbc.update("UPDATE LOY_POINTS_ACCOUNT SET AVAILABLE = AVAILABLE + ?, LIFETIME_EARNED = LIFETIME_EARNED + ?,"
                + " LAST_ACTIVITY_AT = ? WHERE ID = ?", entries, entries, now, accountId);
    }
}
