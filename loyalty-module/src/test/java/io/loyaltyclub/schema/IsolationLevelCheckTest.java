package io.loyaltyclub.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class IsolationLevelCheckTest {

    @Test
    void mysqlAndMariaDbAtRepeatableReadAreRefusedWithTheWayOut() {
        assertThat(IsolationLevelCheck.problem("MySQL", Connection.TRANSACTION_REPEATABLE_READ))
                .contains("READ COMMITTED", "REPEATABLE READ", "transaction-isolation=READ-COMMITTED");
        assertThat(IsolationLevelCheck.problem("MariaDB", Connection.TRANSACTION_REPEATABLE_READ)).isNotNull();
        assertThat(IsolationLevelCheck.problem("MariaDB", Connection.TRANSACTION_READ_UNCOMMITTED))
                .contains("READ UNCOMMITTED");
    }

    @Test
    void readCommittedAndSerializableAreSafeOnMySql() {
        assertThat(IsolationLevelCheck.problem("MySQL", Connection.TRANSACTION_READ_COMMITTED)).isNull();
        assertThat(IsolationLevelCheck.problem("MariaDB", Connection.TRANSACTION_SERIALIZABLE)).isNull();
    }

    @Test
    void otherDatabasesAreNotJudgedByMySqlsSnapshotRules() {
        assertThat(IsolationLevelCheck.problem("PostgreSQL", Connection.TRANSACTION_REPEATABLE_READ)).isNull();
        assertThat(IsolationLevelCheck.problem("HSQL Database Engine", Connection.TRANSACTION_READ_COMMITTED)).isNull();
    }

    @Test
    void theCheckReadsTheShopsOwnConnectionAndClosesIt() throws SQLException {
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn("MySQL");
        when(connection.getTransactionIsolation()).thenReturn(Connection.TRANSACTION_REPEATABLE_READ);

        assertThatThrownBy(() -> IsolationLevelCheck.requireSafeIsolation(dataSource))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stale balances");
        verify(connection).close();
    }
}
