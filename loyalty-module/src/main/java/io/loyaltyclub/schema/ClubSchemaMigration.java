package io.loyaltyclub.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the club's own tables up to date with the versioned migrations shipped in the jar
 * ({@code db/loyalty/<database>/V*.sql}, the project's {@code sql/} folder).
 *
 * <p>It runs before Broadleaf's entity manager factories are built (see {@link MigrateBeforeEntityManagerFactory}),
 * so Hibernate finds the club's tables already in place. Its history lives in a table of its own,
 * {@code LOY_SCHEMA_HISTORY}, so a shop that uses Flyway for its own schema is not disturbed.</p>
 *
 * <p>Being the first of the club's beans to reach the shop's database, it also checks that the connections'
 * isolation level lets the ledgers' row locks work ({@link IsolationLevelCheck}), whether or not it migrates.</p>
 */
public class ClubSchemaMigration implements InitializingBean {

    public static final String HISTORY_TABLE = "LOY_SCHEMA_HISTORY";

    private static final Log LOG = LogFactory.getLog(ClubSchemaMigration.class);

    private DataSource dataSource;
    private boolean enabled = true;

    @Override
    public void afterPropertiesSet() throws SQLException {
        IsolationLevelCheck.requireSafeIsolation(dataSource);
        if (!enabled) {
            LOG.info("Loyalty club schema migration is switched off (loyalty.schema.migrate=false); "
                    + "apply the scripts in sql/ yourself.");
            return;
        }
        migrate(dataSource);
    }

    /** Applies the pending migrations for the database behind {@code dataSource}; returns how many ran. */
    public static int migrate(DataSource dataSource) throws SQLException {
        String database = databaseFolder(dataSource);
        MigrateResult result = Flyway.configure(ClubSchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/loyalty/" + database)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info("Loyalty club schema on " + database + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + (result.targetSchemaVersion == null ? "the current version" : "version " + result.targetSchemaVersion));
        return result.migrationsExecuted;
    }

    /** The folder of migrations written for the database behind the data source. */
    static String databaseFolder(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return databaseFolder(metaData.getDatabaseProductName());
        }
    }

    static String databaseFolder(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("hsql")) {
            return "hsqldb";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return "mysql";
        }
        throw new IllegalStateException("The loyalty club ships migrations for HSQLDB, PostgreSQL and MySQL/MariaDB, not for "
                + productName + "; adapt the scripts in sql/ and set loyalty.schema.migrate=false.");
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
