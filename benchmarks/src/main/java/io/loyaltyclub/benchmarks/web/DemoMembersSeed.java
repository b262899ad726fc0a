package io.loyaltyclub.benchmarks.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Fills the demo shop's database with members for the web load benchmark: {@code members} Broadleaf customers
 * (copies of the demo shopper's row, so they sign in with the shopper's password {@code demo1234}) named
 * {@code member<n>@bench.example}, each with a points account and {@code entries / members} ledger entries.
 *
 * <p>The ledger is written as the club would have written it: four in five entries are earnings (available lots
 * of 20 to 200 points from the last eleven months, each expiring twelve months after it became available, so some
 * expire within 30 days), every fifth a redemption of 50 points taken from the oldest lots with points left (its
 * allocations recorded, the lots' remaining points lowered); the account's available, lifetime-earned and redeemed
 * totals are the sums of its entries. Run it while the shop is stopped (the demo's HSQLDB is in-process):</p>
 *
 * <pre>java -cp ... io.loyaltyclub.benchmarks.web.DemoMembersSeed jdbc:hsqldb:file:demo-site/data/shop 10000 1000000</pre>
 */
public final class DemoMembersSeed {

    static final String EMAIL_FORMAT = "member%05d@bench.example";
    private static final int BATCH = 5000;
    private static final long REDEEM_POINTS = 50;

    private DemoMembersSeed() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DemoMembersSeed <jdbc url> <members> <ledger entries> [user] [password]");
            System.exit(2);
        }
        int members = Integer.parseInt(args[1]);
        long entries = Long.parseLong(args[2]);
        try (Connection connection = DriverManager.getConnection(args[0], args.length > 3 ? args[3] : "SA",
                args.length > 4 ? args[4] : "")) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            new DemoMembersSeed().seed(connection, members, (int) (entries / members));
            System.out.printf("Seeded %,d members with %,d ledger entries in %.1f s%n", members,
                    entries / members * members, (System.nanoTime() - started) / 1e9);
            try (Statement statement = connection.createStatement()) {
                if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("hsql")) {
                    statement.execute("SHUTDOWN");
                }
            }
        }
    }

    void seed(Connection connection, int members, int entriesPerMember) throws SQLException {
        long firstCustomer = nextCustomerIds(connection, members);
        copyShopper(connection, firstCustomer, members);
        long accountId = max(connection, "LOY_POINTS_ACCOUNT") + 1;
        long entryId = max(connection, "LOY_POINTS_ENTRY") + 1;
        long allocationId = max(connection, "LOY_POINTS_ALLOCATION") + 1;
        Instant now = Instant.now();
        Random random = new Random(42);
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO LOY_POINTS_ACCOUNT (ID, CUSTOMER_ID,"
                + " AVAILABLE, PENDING, LIFETIME_EARNED, REDEEMED, EXPIRED, UNRECOVERED, LAST_ACTIVITY_AT, CREATED_AT)"
                + " VALUES (?, ?, ?, 0, ?, ?, 0, 0, ?, ?)");
             PreparedStatement entry = connection.prepareStatement("INSERT INTO LOY_POINTS_ENTRY (ID, ACCOUNT_ID,"
                + " ENTRY_TYPE, BUCKET, POINTS, REMAINING, LOT_BUCKET, AVAILABLE_AT, EXPIRES_AT, SOURCE, IDEMPOTENCY_KEY,"
                + " REASON, CREATED_AT) VALUES (?, ?, ?, 'AVAILABLE', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement allocation = connection.prepareStatement("INSERT INTO LOY_POINTS_ALLOCATION (ID, ENTRY_ID,"
                + " LOT_ID, POINTS) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            boolean allocationsPending = false;
            for (int m = 0; m < members; m++) {
                long customerId = firstCustomer + m;
                List<long[]> lots = new ArrayList<long[]>();
                Deque<long[]> open = new ArrayDeque<long[]>();
                List<Object[]> rows = new ArrayList<Object[]>();
                long earned = 0;
                long redeemed = 0;
                // Oldest first: 335 days back to now, one entry every few hours.
                long step = Duration.ofDays(335).getSeconds() / entriesPerMember;
                for (int e = 0; e < entriesPerMember; e++) {
                    Instant at = now.minusSeconds(Duration.ofDays(335).getSeconds() - e * step + random.nextInt(3600));
                    long id = entryId++;
                    long available = 0;
                    for (long[] lot : open) {
                        available += lot[1];
                    }
                    if (e % 5 == 4 && available >= REDEEM_POINTS) {
                        long left = REDEEM_POINTS;
                        while (left > 0) {
                            long[] lot = open.peekFirst();
                            long take = Math.min(left, lot[1]);
                            lot[1] -= take;
                            left -= take;
                            allocation.setLong(1, allocationId++);
                            allocation.setLong(2, id);
                            allocation.setLong(3, lot[0]);
                            allocation.setLong(4, take);
                            allocation.addBatch();
                            allocationsPending = true;
                            if (lot[1] == 0) {
                                open.removeFirst();
                            }
                        }
                        redeemed += REDEEM_POINTS;
                        rows.add(new Object[] {id, "REDEEM", -REDEEM_POINTS, null, at, "REWARD"});
                    } else {
                        long points = 20 + random.nextInt(181);
                        long[] lot = {id, points};
                        lots.add(lot);
                        open.addLast(lot);
                        earned += points;
                        rows.add(new Object[] {id, "EARN", points, lot, at, "ORDER"});
                    }
                }
                long available = 0;
                for (long[] lot : lots) {
                    available += lot[1];
                }
                account.setLong(1, accountId);
                account.setLong(2, customerId);
                account.setLong(3, available);
                account.setLong(4, earned);
                account.setLong(5, redeemed);
                account.setTimestamp(6, Timestamp.from(now));
                account.setTimestamp(7, Timestamp.from(now.minus(Duration.ofDays(336))));
                account.executeUpdate();
                for (Object[] row : rows) {
                    long[] lot = (long[]) row[3];
                    Instant at = (Instant) row[4];
                    entry.setLong(1, (Long) row[0]);
                    entry.setLong(2, accountId);
                    entry.setString(3, (String) row[1]);
                    entry.setLong(4, (Long) row[2]);
                    entry.setObject(5, lot == null ? null : lot[1]);
                    entry.setString(6, lot == null ? null : "AVAILABLE");
                    entry.setTimestamp(7, lot == null ? null : Timestamp.from(at));
                    entry.setTimestamp(8, lot == null ? null : Timestamp.from(at.plus(Duration.ofDays(365))));
                    entry.setString(9, (String) row[5]);
                    entry.setString(10, "bench:" + row[0]);
                    entry.setString(11, lot == null ? "Redeemed for a reward" : "Earned with an order");
                    entry.setTimestamp(12, Timestamp.from(at));
                    entry.addBatch();
                }
                accountId++;
                pending += rows.size();
                if (pending >= BATCH) {
                    flush(connection, entry, allocation, allocationsPending);
                    pending = 0;
                    allocationsPending = false;
                }
                if ((m + 1) % 1000 == 0) {
                    System.out.printf("  %,d members%n", m + 1);
                }
            }
            if (pending > 0) {
                flush(connection, entry, allocation, allocationsPending);
            }
        }
        restartIdentities(connection);
        connection.commit();
    }

    private static void flush(Connection connection, PreparedStatement entry, PreparedStatement allocation,
            boolean allocations) throws SQLException {
        entry.executeBatch();
        if (allocations) {
            allocation.executeBatch();
        }
        connection.commit();
    }

    /** Reserves ids for the new customers in Broadleaf's table generator and answers the first. */
    private static long nextCustomerIds(Connection connection, int count) throws SQLException {
        long highest = Math.max(max(connection, "BLC_CUSTOMER", "CUSTOMER_ID"), 0);
        long first = highest + 1000;
        try (PreparedStatement generator = connection.prepareStatement("UPDATE SEQUENCE_GENERATOR SET ID_VAL = ?"
                + " WHERE ID_NAME = 'org.broadleafcommerce.profile.core.domain.Customer'")) {
            generator.setLong(1, first + count + 1000);
            if (generator.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL)"
                        + " VALUES ('org.broadleafcommerce.profile.core.domain.Customer', ?)")) {
                    insert.setLong(1, first + count + 1000);
                    insert.executeUpdate();
                }
            }
        }
        return first;
    }

    /** New customers as copies of the demo shopper's row (same password), each with its own id, name and e-mail. */
    private static void copyShopper(Connection connection, long firstCustomer, int members) throws SQLException {
        List<String> columns = new ArrayList<String>();
        List<Object> values = new ArrayList<Object>();
        try (Statement statement = connection.createStatement();
             ResultSet shopper = statement.executeQuery("SELECT * FROM BLC_CUSTOMER WHERE USER_NAME = 'shopper@example.com'")) {
            if (!shopper.next()) {
                throw new IllegalStateException("no demo shopper in this database: start the demo shop once first");
            }
            ResultSetMetaData meta = shopper.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                values.add(shopper.getObject(i));
            }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO BLC_CUSTOMER (").append(String.join(", ", columns))
                .append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.append(')').toString())) {
            for (int m = 0; m < members; m++) {
                String email = String.format(EMAIL_FORMAT, m + 1);
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i).toUpperCase();
                    Object value = values.get(i);
                    if (column.equals("CUSTOMER_ID")) {
                        value = firstCustomer + m;
                    } else if (column.equals("USER_NAME") || column.equals("EMAIL_ADDRESS")) {
                        value = email;
                    } else if (column.equals("FIRST_NAME")) {
                        value = "Member";
                    } else if (column.equals("LAST_NAME")) {
                        value = String.valueOf(m + 1);
                    }
                    insert.setObject(i + 1, value);
                }
                insert.addBatch();
                if ((m + 1) % BATCH == 0 || m + 1 == members) {
                    insert.executeBatch();
                }
            }
        }
    }

    private static long max(Connection connection, String table) throws SQLException {
        return max(connection, table, "ID");
    }

    private static long max(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The identity columns continue after the ids written here. */
    private static void restartIdentities(Connection connection) throws SQLException {
        boolean hsqldb = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("hsql");
        for (String table : new String[] {"LOY_POINTS_ACCOUNT", "LOY_POINTS_ENTRY", "LOY_POINTS_ALLOCATION"}) {
            long next = max(connection, table) + 1;
            try (Statement statement = connection.createStatement()) {
                statement.execute(hsqldb ? "ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + next
                        : "SELECT setval(pg_get_serial_sequence('" + table.toLowerCase() + "', 'id'), " + next + ", false)");
            }
        }
    }
}
