package io.loyaltyclub.credit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The scheduled work on all credit accounts: releasing pending credit whose return window ended, and expiring
 * credit past its expiry. It walks the accounts that have a lot due in the order of their ids, a chunk at a time,
 * and settles each through {@link CreditLedger} (one transaction per account, under its lock), so expired credit
 * shows in the member's history as EXPIRE entries, exactly as a checkout settling the account would write them.
 * A sweep stopped half-way is simply run again: it finds only what is still due.
 */
public class CreditSweep {

    private static final Log LOG = LogFactory.getLog(CreditSweep.class);

    private static final String DUE_FOR_RELEASE = "e.LOT_BUCKET = 'PENDING' AND e.REMAINING > 0 AND e.AVAILABLE_AT <= :now";
    private static final String DUE_FOR_EXPIRY = "e.LOT_BUCKET = 'AVAILABLE' AND e.REMAINING > 0 AND e.EXPIRES_AT <= :now";

    private NamedParameterJdbcTemplate jdbc;
    private CreditLedger ledger;
    private Clock clock = Clock.systemUTC();
    private int chunkSize = 500;

    /** Releases every pending lot whose time has come; returns how many accounts had credit released. */
    public long releaseAll() {
        return sweep("release", DUE_FOR_RELEASE, ledger::releaseDue);
    }

    /** Expires every lot past its expiry; returns how many accounts had credit expire. */
    public long expireAll() {
        return sweep("expiry", DUE_FOR_EXPIRY, ledger::expireDue);
    }

    private long sweep(String name, String due, LongFunction<BigDecimal> settle) {
        MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(clock.instant()));
        long after = -1;
        long changed = 0;
        long failed = 0;
        while (true) {
            List<Map<String, Object>> chunk = jdbc.queryForList("SELECT a.ID, a.CUSTOMER_ID FROM LOY_CREDIT_ACCOUNT a"
                    + " WHERE a.ID > :after AND EXISTS (SELECT 1 FROM LOY_CREDIT_ENTRY e WHERE e.ACCOUNT_ID = a.ID AND "
                    + due + ") ORDER BY a.ID LIMIT " + chunkSize, params.addValue("after", after));
            if (chunk.isEmpty()) {
                break;
            }
            for (Map<String, Object> account : chunk) {
                long customerId = ((Number) account.get("CUSTOMER_ID")).longValue();
                try {
                    if (settle.apply(customerId).signum() != 0) {
                        changed++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.error("credit " + name + " of customer " + customerId + " failed; the next run tries again", e);
                }
                after = ((Number) account.get("ID")).longValue();
            }
            LOG.info("credit " + name + " sweep: " + changed + " accounts changed so far, " + failed + " failed");
        }
        return changed;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
    }

    public void setLedger(CreditLedger ledger) {
        this.ledger = ledger;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setChunkSize(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("a chunk holds at least one account");
        }
        this.chunkSize = chunkSize;
    }
}
