package io.loyaltyclub.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JSON API's answers to requests sent with an idempotency key, kept per customer and key
 * ({@code LOY_API_RESPONSE}): a retry with the same key gets the first answer, status and body as they were.
 * Keys of different customers never meet. Each statement commits on its own.
 */
public class StoredResponses {

    /** The longest key accepted (the column's size). */
    public static final int MAX_KEY_LENGTH = 100;
    /** How long an unanswered reservation holds its key. */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private JdbcTemplate jdbc;
    private PlatformTransactionManager transactionManager;
    private Clock clock = Clock.systemUTC();

    /** The answer stored for the customer's key, or null. */
    public StoredResponse find(long customerId, String key) {
        return inTransaction(() -> read(customerId, key));
    }

    private StoredResponse read(long customerId, String key) {
        List<StoredResponse> found = jdbc.query("SELECT OPERATION, STATUS, BODY FROM LOY_API_RESPONSE"
                + " WHERE CUSTOMER_ID = ? AND IDEMPOTENCY_KEY = ?",
                (rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)), customerId, key);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Reserves the customer's key for a request about to be answered: null when this request has it (its answer
     * follows with {@link #complete}); else what the key holds: the stored answer, or an answer in progress
     * (status 0). A reservation left unanswered for {@link #ABANDONED_AFTER} (a server that stopped half-way) is
     * taken over.
     */
    public StoredResponse reserve(long customerId, String key, String operation) {
        Instant now = clock.instant();
        StoredResponse earlier = inTransaction(() -> read(customerId, key));
        if (earlier != null && (earlier.getStatus() != 0 || !earlier.getOperation().equals(operation))) {
            return earlier;
        }
        try {
            inTransaction(() -> jdbc.update("INSERT INTO LOY_API_RESPONSE (CUSTOMER_ID, IDEMPOTENCY_KEY, OPERATION, STATUS,"
                    + " BODY, CREATED_AT) VALUES (?, ?, ?, 0, '', ?)", customerId, key, operation, Timestamp.from(now)));
            return null;
        } catch (DuplicateKeyException taken) {
            return inTransaction(() -> {
                int reclaimed = jdbc.update("UPDATE LOY_API_RESPONSE SET OPERATION = ?, CREATED_AT = ? WHERE CUSTOMER_ID = ?"
                        + " AND IDEMPOTENCY_KEY = ? AND STATUS = 0 AND CREATED_AT < ?", operation, Timestamp.from(now),
                        customerId, key, Timestamp.from(now.minus(ABANDONED_AFTER)));
                return reclaimed == 1 ? null : read(customerId, key);
            });
        }
    }

    /** Stores the answer of the request that reserved the key. */
    public void complete(long customerId, String key, int status, String body) {
        inTransaction(() -> jdbc.update("UPDATE LOY_API_RESPONSE SET STATUS = ?, BODY = ? WHERE CUSTOMER_ID = ?"
                + " AND IDEMPOTENCY_KEY = ?", status, body, customerId, key));
    }

    /** Frees a reservation whose request failed without an answer to keep (an unexpected error): a retry runs anew. */
    public void forget(long customerId, String key) {
        inTransaction(() -> jdbc.update("DELETE FROM LOY_API_RESPONSE WHERE CUSTOMER_ID = ? AND IDEMPOTENCY_KEY = ?"
                + " AND STATUS = 0", customerId, key));
    }

    /**
     * Each statement in a transaction of the shop's manager, on the connection the request's entity manager holds
     * (a second connection per request could exhaust the pool under load).
     */
    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** One stored answer: the operation it answered (e.g. {@code redeem:12}), its HTTP status and body. */
    public static final class StoredResponse {

        private final String operation;
        private final int status;
        private final String body;

        public StoredResponse(String operation, int status, String body) {
            this.operation = operation;
            this.status = status;
            this.body = body;
        }

        public String getOperation() {
            return operation;
        }

        public int getStatus() {
            return status;
        }

        public String getBody() {
            return body;
        }
    }
}
