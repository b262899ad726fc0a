package io.loyaltyclub.testing;

import java.sql.Types;

import org.hibernate.dialect.PostgreSQL82Dialect;
import org.hibernate.type.descriptor.sql.LongVarcharTypeDescriptor;
import org.hibernate.type.descriptor.sql.SqlTypeDescriptor;

/**
 * Broadleaf 3.1 maps long texts as CLOBs, which Hibernate 4.1 creates as {@code text} on PostgreSQL but then
 * reads through {@code getClob}, which the PostgreSQL driver refuses for {@code text}. Binding them as long
 * strings reads and writes them as plain text.
 */
public class PostgreSQLTextDialect extends PostgreSQL82Dialect {

    @Override
    public SqlTypeDescriptor getSqlTypeDescriptorOverride(int sqlCode) {
        if (sqlCode == Types.CLOB) {
            return LongVarcharTypeDescriptor.INSTANCE;
        }
        return super.getSqlTypeDescriptorOverride(sqlCode);
    }
}
