package io.loyaltyclub.schema;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MySQL5InnoDBDialect;
import org.hibernate.service.jdbc.dialect.spi.DialectResolver;

/**
 * Hibernate 4.1 knows MySQL but not the product name MariaDB reports ("MariaDB"), so a context that leaves the
 * dialect to be detected (the backfill command's) fails to start on MariaDB. MariaDB speaks MySQL's dialect.
 */
public class MariaDbDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DatabaseMetaData metaData) {
        try {
            return "MariaDB".equalsIgnoreCase(metaData.getDatabaseProductName()) ? new MySQL5InnoDBDialect() : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
