package io.loyaltyclub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the integration tests run on, chosen with {@code -Dloyalty.test.db=hsqldb|postgresql}.
 * HSQLDB is in memory; PostgreSQL is a real server (see {@code .ci/run}) whose schema is emptied before the run.
 */
public enum TestDatabase {

    HSQLDB("org.hsqldb.jdbcDriver", "org.hibernate.dialect.HSQLDialect"),
    POSTGRESQL("org.postgresql.Driver", "io.loyaltyclub.testing.PostgreSQLTextDialect");

    private final String driverClass;
    private final String hibernateDialect;

    TestDatabase(String driverClass, String hibernateDialect) {
        this.driverClass = driverClass;
        this.hibernateDialect = hibernateDialect;
    }

    public static TestDatabase selected() {
        String name = System.getProperty("loyalty.test.db", "hsqldb").trim().toUpperCase(Locale.ROOT);
        return name.isEmpty() ? HSQLDB : valueOf(name);
    }

    public String driverClass() {
        return driverClass;
    }

    public String hibernateDialect() {
        return hibernateDialect;
    }

    public String url() {
        if (this == HSQLDB) {
            // One in-memory database per JVM; MVCC so that concurrent tests behave like a server database.
            return "jdbc:hsqldb:mem:loyalty;hsqldb.tx=mvcc";
        }
        return System.getProperty("loyalty.test.pg.url", "jdbc:postgresql://localhost:55432/loyalty_test");
    }

    public String user() {
        return this == HSQLDB ? "SA" : System.getProperty("loyalty.test.pg.user", "loyalty");
    }

    public String password() {
        return this == HSQLDB ? "" : System.getProperty("loyalty.test.pg.password", "loyalty");
    }

    /**
     * A second, empty database (HSQLDB) or schema (PostgreSQL) of the given name, beside the one the context
     * uses: for checks that must see what the migrations alone create.
     */
    public DataSource emptyScratchDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("scratch database names are lower case letters and '_', was " + name);
        }
        if (this == HSQLDB) {
            return new DriverManagerDataSource("jdbc:hsqldb:mem:" + name + ";shutdown=false", user(), password());
        }
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the scratch schema " + name, e);
        }
        String separator = url().contains("?") ? "&" : "?";
        return new DriverManagerDataSource(url() + separator + "currentSchema=" + name, user(), password());
    }

    /** Starts from an empty schema, so every run creates Broadleaf's and the club's tables afresh. */
    public void reset() {
        if (this != POSTGRESQL) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the PostgreSQL test database at " + url()
                    + " as " + user() + " (start one with .ci/run, or set loyalty.test.pg.url/user/password)", e);
        }
    }
}
