package io.loyaltyclub.codes.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits failed code attempts per shopper (a customer, a browser session): at most {@code maxFailures} within a
 * sliding {@code window}, counted in the database ({@code LOY_CODE_ATTEMPT}) so the limit holds however many shop
 * servers share it. Past the limit every attempt is refused, valid code or not, until the oldest failure of the
 * window has aged out; refused attempts are not counted, so the wait never grows.
 *
 * <p>An attempt is counted as a failure <em>before</em> the code is looked at ({@link #begin}) and taken back
 * when the code turned out good ({@link #succeeded}). Counting first, under a lock on the shopper's row in
 * {@code LOY_CODE_SHOPPER}, is what keeps concurrent attempts from slipping past the limit together: of many
 * attempts at once, only as many as the limit has room for are let through. A server stopping between the two
 * leaves the attempt counted, the safe side.</p>
 *
 * <p>Each step is a short transaction of its own on the shop's data source: the caller (the cart) holds the
 * request's entity manager, which a rollback here must never touch.</p>
 */
public class GuessingGuard {

    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    private final int maxFailures;
    private final Duration window;
    private JdbcTemplate jdbc;
    private TransactionTemplate ownTransaction;
    private Clock clock = Clock.systemUTC();
    private final AtomicReference<Instant> nextCleanup = new AtomicReference<Instant>(Instant.MIN);

    public GuessingGuard(int maxFailures, Duration window) {
        if (maxFailures < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("at least one failure in a positive window, was " + maxFailures + " in " + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /**
     * Takes an attempt for every given shopper (null keys are ignored), counted as failed until
     * {@link #succeeded}: its ticket; null when any of them has no attempt left in the window (nothing counted).
     */
    public String begin(String... shopperKeys) {
        SortedSet<String> keys = new TreeSet<String>();
        for (String key : shopperKeys) {
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an attempt is someone's");
        }
        Instant now = clock.instant();
        cleanUpNowAndThen(now);
        final Timestamp at = Timestamp.from(now);
        for (String key : keys) {
            ensureShopperRow(key, at);
        }
        final String ticket = UUID.randomUUID().toString();
        boolean taken = ownTransaction.execute(status -> {
            // Sorted keys: two attempts of the same shoppers lock their rows in the same order.
            for (String key : keys) {
                if (jdbc.update("UPDATE LOY_CODE_SHOPPER SET LAST_ATTEMPT_AT = ? WHERE SHOPPER_KEY = ?", at, key) != 1) {
                    throw new IllegalStateException("the guard's row of " + key + " is gone");
                }
            }
            Timestamp windowStart = Timestamp.from(now.minus(window));
            for (String key : keys) {
                if (failuresSince(key, windowStart) >= maxFailures) {
                    return false;
                }
            }
            for (String key : keys) {
                jdbc.update("INSERT INTO LOY_CODE_ATTEMPT (TICKET, SHOPPER_KEY, ATTEMPTED_AT) VALUES (?, ?, ?)", ticket, key, at);
            }
            return true;
        });
        return taken ? ticket : null;
    }

    /** The attempt of this ticket was a good code: it no longer counts as a failure. */
    public void succeeded(String ticket) {
        ownTransaction.execute(status -> jdbc.update("DELETE FROM LOY_CODE_ATTEMPT WHERE TICKET = ?", ticket));
    }

    /** When the shopper may try again; now when they may already. */
    public Instant retryAt(String shopperKey) {
        Instant now = clock.instant();
        List<Timestamp> recent = jdbc.queryForList("SELECT ATTEMPTED_AT FROM LOY_CODE_ATTEMPT WHERE SHOPPER_KEY = ?"
                + " AND ATTEMPTED_AT > ? ORDER BY ATTEMPTED_AT DESC", Timestamp.class, shopperKey, Timestamp.from(now.minus(window)));
        return recent.size() < maxFailures ? now : recent.get(maxFailures - 1).toInstant().plus(window);
    }

    /** Deletes the attempts and shoppers older than the window; the attempt rows deleted. */
    public int forgetOld() {
        Timestamp windowStart = Timestamp.from(clock.instant().minus(window));
        return ownTransaction.execute(status -> {
            int attempts = jdbc.update("DELETE FROM LOY_CODE_ATTEMPT WHERE ATTEMPTED_AT <= ?", windowStart);
            jdbc.update("DELETE FROM LOY_CODE_SHOPPER WHERE LAST_ATTEMPT_AT <= ?", windowStart);
            return attempts;
        });
    }

    private long failuresSince(String key, Timestamp windowStart) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LOY_CODE_ATTEMPT WHERE SHOPPER_KEY = ? AND ATTEMPTED_AT > ?",
                Long.class, key, windowStart);
    }

    /**
     * The shopper's row exists, touched now (so the cleanup leaves it for a window). Each statement on its own: a
     * duplicate key from a concurrent first attempt would otherwise spoil a PostgreSQL transaction.
     */
    private void ensureShopperRow(String key, Timestamp at) {
        int touched = ownTransaction.execute(status ->
                jdbc.update("UPDATE LOY_CODE_SHOPPER SET LAST_ATTEMPT_AT = ? WHERE SHOPPER_KEY = ?", at, key));
        if (touched == 0) {
            try {
                ownTransaction.execute(status ->
                        jdbc.update("INSERT INTO LOY_CODE_SHOPPER (SHOPPER_KEY, LAST_ATTEMPT_AT) VALUES (?, ?)", key, at));
            } catch (DataIntegrityViolationException insertedMeanwhile) {
                // another attempt of the same shopper created it: it is there, which is all that is needed
            }
        }
    }

    /** Every server deletes old rows at most once a minute, on an attempt; no job needed. */
    private void cleanUpNowAndThen(Instant now) {
        Instant due = nextCleanup.get();
        if (!now.isBefore(due) && nextCleanup.compareAndSet(due, now.plus(CLEANUP_EVERY))) {
            forgetOld();
        }
    }

    public int getMaxFailures() {
        return maxFailures;
    }

    public Duration getWindow() {
        return window;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
