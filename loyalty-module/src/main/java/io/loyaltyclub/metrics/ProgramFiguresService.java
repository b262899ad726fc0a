package io.loyaltyclub.metrics;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;

/**
 * Works out the program's headline figures from the balances the ledger keeps on the accounts (one aggregate
 * over the accounts, one count of orders), never from the entries, so they stay fast however long the history.
 */
public class ProgramFiguresService {

    private JdbcTemplate jdbc;
    private ProgramService program;

    public ProgramFigures current() {
        Map<String, Object> sums = jdbc.queryForMap("SELECT COUNT(*) AS MEMBERS,"
                + " COALESCE(SUM(CASE WHEN AVAILABLE > 0 THEN AVAILABLE ELSE 0 END), 0) AS AVAILABLE_POINTS,"
                + " COALESCE(SUM(PENDING), 0) AS PENDING_POINTS, COALESCE(SUM(LIFETIME_EARNED), 0) AS ISSUED,"
                + " COALESCE(SUM(REDEEMED), 0) AS REDEEMED_POINTS, COALESCE(SUM(EXPIRED), 0) AS EXPIRED_POINTS"
                + " FROM LOY_POINTS_ACCOUNT");
        long orders = jdbc.queryForObject("SELECT COUNT(*) FROM LOY_CLUB_ORDER WHERE STATUS = 'PLACED'", Long.class);
        ProgramSettings settings = program.settings();
        return new ProgramFigures(number(sums.get("MEMBERS")), number(sums.get("AVAILABLE_POINTS")),
                number(sums.get("PENDING_POINTS")), number(sums.get("ISSUED")), number(sums.get("REDEEMED_POINTS")),
                number(sums.get("EXPIRED_POINTS")), orders, settings.getPointValue(), settings.getBaseCurrency());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }
}
