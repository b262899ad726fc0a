package io.loyaltyclub.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
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
    void switchedOffItMigratesNothingButStillRefusesAnUnsafeIsolationLevel() throws Exception {
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn("Oracle");
        ClubSchemaMigration migration = new ClubSchemaMigration();
        migration.setEnabled(false);
        migration.setDataSource(dataSource);

        migration.afterPropertiesSet();
        verify(connection, never()).createStatement();
        verify(connection, never()).prepareStatement(anyString());

        when(metaData.getDatabaseProductName()).thenReturn("MySQL");
        when(connection.getTransactionIsolation()).thenReturn(Connection.TRANSACTION_REPEATABLE_READ);
        assertThatThrownBy(migration::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("READ COMMITTED");
    }
}
