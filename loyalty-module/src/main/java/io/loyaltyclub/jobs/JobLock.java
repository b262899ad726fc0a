package io.loyaltyclub.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lease on a named job, held in the database ({@code LOY_JOB_LOCK}), so that when several shop servers share
 * one database only one of them runs the job at a time. A lease runs out by itself, so a server that dies
 * while holding it does not block the job for ever; the holder renews it while it works.
 */
public class JobLock {

    /** This server's name in the lock table: unique per JVM. */
    private final String owner = "node-" + UUID.randomUUID();

    private JdbcTemplate jdbc;
    private Clock clock = Clock.systemUTC();

    /** Takes or renews the lease on {@code job} for {@code lease}; false if another server holds it. */
    public boolean tryAcquire(String job, Duration lease) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(lease));
        int taken = jdbc.update("UPDATE LOY_JOB_LOCK SET OWNER = ?, LOCKED_UNTIL = ? WHERE JOB_NAME = ?"
                + " AND (OWNER IS NULL OR OWNER = ? OR LOCKED_UNTIL < ?)", owner, until, job, owner, Timestamp.from(now));
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO LOY_JOB_LOCK (JOB_NAME, OWNER, LOCKED_UNTIL) VALUES (?, ?, ?)", job, owner, until) == 1;
        } catch (DataIntegrityViolationException alreadyThere) {
            return false;
        }
    }

    /** Gives the lease back, if this server holds it. */
    public void release(String job) {
        jdbc.update("UPDATE LOY_JOB_LOCK SET OWNER = NULL, LOCKED_UNTIL = NULL WHERE JOB_NAME = ? AND OWNER = ?", job, owner);
    }

    public String getOwner() {
        return owner;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
