package io.loyaltyclub.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class ClubSchemaMigrationTest {

    @Test
    void picksTheMigrationFolderFromTheDatabaseProductName() {
        assertThat(ClubSchemaMigration.databaseFolder("HSQL Database Engine")).isEqualTo("hsqldb");
        assertThat(ClubSchemaMigration.databaseFolder("PostgreSQL")).isEqualTo("postgresql");
        assertThat(ClubSchemaMigration.databaseFolder("MySQL")).isEqualTo("mysql");
        assertThat(ClubSchemaMigration.databaseFolder("MariaDB")).isEqualTo("mysql");
    }

    @Test
    void refusesADatabaseItHasNoMigrationsFor() {
        assertThatThrownBy(() -> ClubSchemaMigration.databaseFolder("Oracle"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Oracle")
                .hasMessageContaining("loyalty.schema.migrate=false");
    }

    @Test
    void namesTheMissingDataSourceAndTheSettingToFixIt() {
        ShopDataSource shopDataSource = new ShopDataSource();
        shopDataSource.setDataSources(Collections.<String, DataSource>emptyMap());
        shopDataSource.setName("jdbc/shop");

        assertThatThrownBy(shopDataSource::getObject)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc/shop")
                .hasMessageContaining("loyalty.schema.dataSource");
    }

    @Test
    void switchedOffItTouchesNoDataSource() throws Exception {
        ClubSchemaMigration migration = new ClubSchemaMigration();
        migration.setEnabled(false);
        migration.setDataSource(null);

        migration.afterPropertiesSet();
    }
}
