package io.loyaltyclub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the integration tests run on, chosen with {@code -Dloyalty.test.db=hsqldb|postgresql|mysql}.
 * HSQLDB is in memory; PostgreSQL (see {@code .ci/run}) and MySQL/MariaDB (see {@code .ci/mariadb.sh}) are real
 * servers whose schema is emptied before the run.
 */
public enum TestDatabase {

    HSQLDB("org.hsqldb.jdbcDriver", "org.hibernate.dialect.HSQLDialect"),
    POSTGRESQL("org.postgresql.Driver", "io.loyaltyclub.testing.PostgreSQLTextDialect"),
    MYSQL("org.mariadb.jdbc.Driver", "org.hibernate.dialect.MySQL5InnoDBDialect");

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
        if (this == MYSQL) {
            return System.getProperty("loyalty.test.mysql.url", "jdbc:mariadb://127.0.0.1:53306/loyalty_test");
        }
        return System.getProperty("loyalty.test.pg.url", "jdbc:postgresql://localhost:55432/loyalty_test");
    }

    public String user() {
        if (this == HSQLDB) {
            return "SA";
        }
        return System.getProperty(serverPropertyPrefix() + ".user", "loyalty");
    }

    public String password() {
        if (this == HSQLDB) {
            return "";
        }
        return System.getProperty(serverPropertyPrefix() + ".password", "loyalty");
    }

    private String serverPropertyPrefix() {
        return this == MYSQL ? "loyalty.test.mysql" : "loyalty.test.pg";
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
        if (this == MYSQL) {
            // On MySQL a schema is a database: a sibling of the test database on the same server.
            executeOnServer("DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
            return new DriverManagerDataSource(url().replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + name + "$1"), user(),
                    password());
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
        if (this == HSQLDB) {
            return;
        }
        if (this == MYSQL) {
            String database = url().replaceFirst("^.*/([A-Za-z0-9_]+)(\\?.*)?$", "$1");
            executeOnServer("DROP DATABASE IF EXISTS " + database, "CREATE DATABASE " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
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

    /** Statements run on the MySQL server itself, outside the test database (which they may drop). */
    private void executeOnServer(String... statements) {
        String serverUrl = url().replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/$1");
        try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the MySQL test server at " + serverUrl + " as " + user()
                    + " (start one with .ci/mariadb.sh, or set loyalty.test.mysql.url/user/password)", e);
        }
    }
}
