package io.loyaltyclub.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Refuses to start the club on MySQL or MariaDB connections at REPEATABLE READ, MySQL's default.
 *
 * <p>The ledgers serialise a member's bookings by taking the account row's lock with an UPDATE and then reading
 * balances, lots, budgets and code uses with plain SELECTs. At REPEATABLE READ, InnoDB answers those SELECTs from
 * the snapshot taken at the transaction's first read, before the lock was granted, so two concurrent checkouts
 * both see the old balance: awards are lost and limits overspent (the concurrency tests show it). At READ
 * COMMITTED every statement sees what committed before it, which is what the locking relies on. HSQLDB (MVCC)
 * and PostgreSQL default to READ COMMITTED.</p>
 */
public final class IsolationLevelCheck {

    private IsolationLevelCheck() {
    }

    public static void requireSafeIsolation(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String problem = problem(product, connection.getTransactionIsolation());
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
        }
    }

    /** Why the club cannot run on this database at this isolation level, or null when it can. */
    static String problem(String databaseProduct, int isolation) {
        String product = databaseProduct.toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return null;
        }
        if (isolation == Connection.TRANSACTION_READ_COMMITTED || isolation == Connection.TRANSACTION_SERIALIZABLE) {
            return null;
        }
        return "The loyalty club needs READ COMMITTED transactions on " + databaseProduct + ", but the shop's "
                + "connections use " + name(isolation) + ": concurrent checkouts of one member would read stale "
                + "balances. Start the server with transaction-isolation=READ-COMMITTED, or set it on the "
                + "connection pool (defaultTransactionIsolation) or the JDBC URL (sessionVariables).";
    }

    private static String name(int isolation) {
        switch (isolation) {
            case Connection.TRANSACTION_READ_UNCOMMITTED:
                return "READ UNCOMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ:
                return "REPEATABLE READ";
            case Connection.TRANSACTION_NONE:
                return "no transactions";
            default:
                return "isolation level " + isolation;
        }
    }
}
