package io.loyaltyclub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.metadata.ClassMetadata;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;

/**
 * The club's tables are made by its migrations, not by Hibernate. Here the migrations alone run on an empty
 * database, and every club entity must find exactly its columns there; otherwise the tests' own schema
 * (where Hibernate's 'update' could quietly add a missing column) would hide a broken migration.
 */
@ExtendWith(BroadleafExtension.class)
class MigrationsMatchEntitiesIT {

    @Test
    void everyClubEntityMapsExactlyTheColumnsItsMigrationCreates(BroadleafContext context) throws SQLException {
        DataSource migrationsOnly = context.database().emptyScratchDatabase("loyalty_migrations_only");
        assertThat(ClubSchemaMigration.migrate(migrationsOnly)).isPositive();

        SessionFactory sessionFactory = ((HibernateEntityManagerFactory) ((EntityManagerFactoryInfo)
                context.entityManagerFactory()).getNativeEntityManagerFactory()).getSessionFactory();
        int clubEntities = 0;
        for (Map.Entry<String, ClassMetadata> entity : sessionFactory.getAllClassMetadata().entrySet()) {
            if (!entity.getKey().startsWith("io.loyaltyclub.")) {
                continue;
            }
            clubEntities++;
            AbstractEntityPersister persister = (AbstractEntityPersister) entity.getValue();
            Set<String> mapped = new TreeSet<String>();
            for (String column : persister.getIdentifierColumnNames()) {
                mapped.add(column.toUpperCase(Locale.ROOT));
            }
            for (String property : persister.getPropertyNames()) {
                for (String column : persister.getPropertyColumnNames(property)) {
                    mapped.add(column.toUpperCase(Locale.ROOT));
                }
            }
            assertThat(columnsOf(migrationsOnly, persister.getTableName()))
                    .as("columns of %s (entity %s) as the migrations create them", persister.getTableName(), entity.getKey())
                    .isEqualTo(mapped);
        }
        assertThat(clubEntities).as("club entities in blPU").isPositive();
    }

    private static Set<String> columnsOf(DataSource dataSource, String table) throws SQLException {
        Set<String> columns = new TreeSet<String>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String schema = connection.getSchema();
            for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rs = metaData.getColumns(null, schema, name, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
