package io.loyaltyclub.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.stats.MonthFigures;

/**
 * Works out the program's metrics for a range of days with a handful of set-based statements over the club's
 * aggregates: the points and credit entries, the order statistics and monthly buckets, the accounts, tiers and
 * reward redemptions, and Broadleaf's customers. The README's "Program metrics" section defines every figure;
 * the dashboard and the CSV export both read them from here.
 *
 * <p>The figures "as at the end of the range" (points and credit outstanding, members' spend to date) start from
 * what the accounts and the customers' statistics hold now and take off what was booked at or after the end, so
 * they read the recent entries and orders only (through their date indexes) instead of the whole history. This
 * rests on the ledgers' invariant that an account's pending plus available balance is the sum of its entries other
 * than releases ({@code LedgerVerification}, {@code CreditVerification}), and on a customer's statistics row
 * holding the sum of the customer's order rows ({@code CustomerStatsService.recompute}).
 */
public class ProgramMetricsService {

    /** Intermediate precision of currency conversions, before the figure is rounded to the currency's scale. */
    private static final int CONVERSION_SCALE = 10;

    private static final String MEMBER_ACCOUNT = "a.CREATED_AT < :to AND a.ERASED = FALSE";

    private NamedParameterJdbcTemplate jdbc;
    private ProgramService program;

    /**
     * The metrics of {@code [from, to)} with money in {@code currencyCode} (the program's base currency, or one
     * with an exchange rate). Refused with a clear message for a bad range or an unknown currency.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ProgramMetrics metrics(LocalDate from, LocalDate to, String currencyCode) {
        MetricsPeriod period = new MetricsPeriod(from, to);
        Currency currency = currency(currencyCode);
        ProgramSettings settings = program.settings();
        BigDecimal rateToBase = program.rateToBase(currency.getCurrencyCode(), settings);
        ProgramMetrics metrics = new ProgramMetrics(period, currency.getCurrencyCode(),
                Math.max(currency.getDefaultFractionDigits(), 0));
        MapSqlParameterSource params = new MapSqlParameterSource("from", timestamp(from)).addValue("to", timestamp(to));
        Converter money = new Converter(settings, rateToBase, metrics.moneyScale);

        // Registered customers are counted without looking at their orders; only guests need the order check.
        metrics.customers = count("SELECT COUNT(*) FROM BLC_CUSTOMER c WHERE c.DATE_CREATED < :to AND c.IS_REGISTERED = TRUE",
                params) + count("SELECT COUNT(*) FROM BLC_CUSTOMER c WHERE c.DATE_CREATED < :to"
                + " AND (c.IS_REGISTERED = FALSE OR c.IS_REGISTERED IS NULL) AND EXISTS (SELECT 1 FROM LOY_STATS_ORDER o"
                + " WHERE o.CUSTOMER_ID = c.CUSTOMER_ID AND o.ORDERED_AT < :to AND o.ORDERS > 0)", params);
        members(metrics, params, money);
        buyers(metrics, params, money);
        points(metrics, params, money, settings);
        credit(metrics, params, money);
        // A reward without a currency of its own is valued in the base currency.
        metrics.rewardsRedeemedValue = money.round(sumPerCurrency("SELECT r.CURRENCY_CODE, SUM(d.MONEY_VALUE)"
                + " FROM LOY_REWARD_REDEMPTION d JOIN LOY_REWARD r ON r.ID = d.REWARD_ID"
                + " WHERE d.CREATED_AT >= :from AND d.CREATED_AT < :to GROUP BY r.CURRENCY_CODE", params, money));
        metrics.cohorts = cohorts(period);
        return metrics;
    }

    private void buyers(ProgramMetrics metrics, MapSqlParameterSource params, Converter money) {
        BuyerGroup[] groups = {new BuyerGroup(0, 0, 0, BigDecimal.ZERO), new BuyerGroup(0, 0, 0, BigDecimal.ZERO)};
        jdbc.query("SELECT g.MEMBER, COUNT(*), SUM(CASE WHEN g.ORDERS >= 2 THEN 1 ELSE 0 END), SUM(g.ORDERS),"
                + " SUM(g.SPENT) FROM (SELECT CASE WHEN a.ID IS NULL THEN 0 ELSE 1 END AS MEMBER, t.ORDERS, t.SPENT"
                + "  FROM (SELECT o.CUSTOMER_ID, SUM(o.ORDERS) AS ORDERS, SUM(o.SPENT) AS SPENT FROM LOY_STATS_ORDER o"
                + "   WHERE o.ORDERED_AT >= :from AND o.ORDERED_AT < :to AND o.ORDERS > 0 GROUP BY o.CUSTOMER_ID) t"
                + "  LEFT JOIN LOY_POINTS_ACCOUNT a ON a.CUSTOMER_ID = t.CUSTOMER_ID AND " + MEMBER_ACCOUNT + ") g"
                + " GROUP BY g.MEMBER", params, (RowCallbackHandler) rs -> groups[rs.getInt(1)] = new BuyerGroup(
                        rs.getLong(2), rs.getLong(3), rs.getLong(4), money.fromBaseExact(rs.getBigDecimal(5))));
        metrics.otherBuyers = groups[0];
        metrics.memberBuyers = groups[1];
    }

    private void points(ProgramMetrics metrics, MapSqlParameterSource params, Converter money, ProgramSettings settings) {
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        long[] paymentPoints = {0};
        jdbc.query("SELECT CAST(e.CREATED_AT AS DATE),"
                + " SUM(CASE WHEN e.ENTRY_TYPE = 'EARN' OR (e.ENTRY_TYPE = 'ADJUST' AND e.POINTS > 0) THEN e.POINTS"
                + "  WHEN e.ENTRY_TYPE = 'REVERSE' AND e.REVERSED_TYPE = 'EARN'"
                + "   THEN -(ABS(e.POINTS) + e.UNRECOVERED + e.ALREADY_EXPIRED) ELSE 0 END),"
                + " SUM(CASE WHEN e.ENTRY_TYPE = 'REDEEM' OR (e.ENTRY_TYPE = 'REVERSE' AND e.REVERSED_TYPE = 'REDEEM')"
                + "  THEN -e.POINTS ELSE 0 END),"
                + " SUM(CASE WHEN e.ENTRY_TYPE = 'EXPIRE' THEN -e.POINTS ELSE 0 END),"
                + " SUM(CASE WHEN e.SOURCE = 'PAYMENT' AND (e.ENTRY_TYPE = 'REDEEM'"
                + "  OR (e.ENTRY_TYPE = 'REVERSE' AND e.REVERSED_TYPE = 'REDEEM')) THEN -e.POINTS ELSE 0 END)"
                + " FROM LOY_POINTS_ENTRY e WHERE e.CREATED_AT >= :from AND e.CREATED_AT < :to"
                + " GROUP BY CAST(e.CREATED_AT AS DATE)", params, (RowCallbackHandler) rs -> {
                    perDay.put(rs.getDate(1).toLocalDate(), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    paymentPoints[0] += rs.getLong(5);
                });
        metrics.weeklyPoints = WeeklySeries.of(metrics.period, perDay);
        for (long[] day : perDay.values()) {
            metrics.pointsIssued += day[0];
            metrics.pointsRedeemed += day[1];
            metrics.pointsExpired += day[2];
        }
        // Each account's balance at the end of the range (its balance now less its later entries), never below 0.
        metrics.pointsOutstanding = count("SELECT COALESCE(SUM(CASE WHEN b.POINTS > 0 THEN b.POINTS ELSE 0 END), 0)"
                + " FROM (SELECT a.PENDING + a.AVAILABLE - COALESCE(l.POINTS, 0) AS POINTS FROM LOY_POINTS_ACCOUNT a"
                + "  LEFT JOIN (SELECT e.ACCOUNT_ID, SUM(e.POINTS) AS POINTS FROM LOY_POINTS_ENTRY e"
                + "   WHERE e.CREATED_AT >= :to AND e.ENTRY_TYPE <> 'RELEASE' GROUP BY e.ACCOUNT_ID) l ON l.ACCOUNT_ID = a.ID"
                + "  WHERE a.ERASED = FALSE) b", params);
        metrics.pointValue = settings.getPointValue();
        metrics.pointsLiability = money.round(money.fromBaseExact(
                settings.getPointValue().multiply(BigDecimal.valueOf(metrics.pointsOutstanding))));
        metrics.pointsPaymentsValue = money.round(money.fromBaseExact(
                settings.getPointValue().multiply(BigDecimal.valueOf(paymentPoints[0]))));
    }

    private void credit(ProgramMetrics metrics, MapSqlParameterSource params, Converter money) {
        // An account's entries are all in its currency; one without a currency yet has neither entries nor balance.
        metrics.creditOutstanding = money.round(sumPerCurrency("SELECT a.CURRENCY_CODE,"
                + " SUM(a.PENDING + a.AVAILABLE - COALESCE(l.AMOUNT, 0)) FROM LOY_CREDIT_ACCOUNT a"
                + " LEFT JOIN (SELECT e.ACCOUNT_ID, SUM(e.AMOUNT) AS AMOUNT FROM LOY_CREDIT_ENTRY e"
                + "  WHERE e.CREATED_AT >= :to AND e.ENTRY_TYPE <> 'RELEASE' GROUP BY e.ACCOUNT_ID) l ON l.ACCOUNT_ID = a.ID"
                + " GROUP BY a.CURRENCY_CODE", params, money));
        metrics.cashBackIssued = money.round(sumPerCurrency("SELECT e.CURRENCY_CODE, SUM(e.AMOUNT)"
                + " FROM LOY_CREDIT_ENTRY e WHERE e.CREATED_AT >= :from AND e.CREATED_AT < :to"
                + " AND e.SOURCE = 'CASH_BACK' AND e.ENTRY_TYPE IN ('ISSUE', 'REVOKE') GROUP BY e.CURRENCY_CODE",
                params, money));
    }

    /** Sums amounts kept in several currencies into the report's currency, unrounded. */
    private BigDecimal sumPerCurrency(String sql, MapSqlParameterSource params, Converter money) {
        BigDecimal[] total = {BigDecimal.ZERO};
        jdbc.query(sql, params, (RowCallbackHandler) rs -> {
            BigDecimal amount = rs.getBigDecimal(2);
            if (amount != null) {
                total[0] = total[0].add(money.from(rs.getString(1), amount));
            }
        });
        return total[0];
    }

    /**
     * One pass over the member accounts: how many per tier, and their spend before the end of the range (their
     * lifetime spend now less their orders from the end on).
     */
    private void members(ProgramMetrics metrics, MapSqlParameterSource params, Converter money) {
        Map<String, Long> perCode = new LinkedHashMap<>();
        BigDecimal[] spend = {BigDecimal.ZERO};
        jdbc.query("SELECT s.TIER_CODE, COUNT(*), SUM(COALESCE(s.TOTAL_SPENT, 0) - COALESCE(l.SPENT, 0))"
                + " FROM LOY_POINTS_ACCOUNT a LEFT JOIN LOY_CUSTOMER_STATS s ON s.CUSTOMER_ID = a.CUSTOMER_ID"
                + " LEFT JOIN (SELECT o.CUSTOMER_ID, SUM(o.SPENT) AS SPENT FROM LOY_STATS_ORDER o WHERE o.ORDERED_AT >= :to"
                + "  GROUP BY o.CUSTOMER_ID) l ON l.CUSTOMER_ID = a.CUSTOMER_ID"
                + " WHERE " + MEMBER_ACCOUNT + " GROUP BY s.TIER_CODE", params, (RowCallbackHandler) rs -> {
                    perCode.put(rs.getString(1), rs.getLong(2));
                    spend[0] = spend[0].add(rs.getBigDecimal(3));
                });
        metrics.members = perCode.values().stream().mapToLong(Long::longValue).sum();
        metrics.memberSpendToDate = money.fromBaseExact(spend[0]);
        metrics.membersByTier = byTierName(perCode);
    }

    private Map<String, Long> byTierName(Map<String, Long> perCode) {
        Map<String, Long> byName = new LinkedHashMap<>();
        jdbc.query("SELECT CODE, NAME FROM LOY_TIER ORDER BY THRESHOLD, CODE", new MapSqlParameterSource(),
                (RowCallbackHandler) rs -> {
                    Long members = perCode.remove(rs.getString(1));
                    byName.put(rs.getString(2), members == null ? 0 : members);
                });
        Long untiered = perCode.remove(null);
        for (Map.Entry<String, Long> removedTier : perCode.entrySet()) {
            byName.merge(removedTier.getKey(), removedTier.getValue(), Long::sum);
        }
        byName.put(ProgramMetrics.NO_TIER, untiered == null ? 0 : untiered);
        return byName;
    }

    private List<Cohort> cohorts(MetricsPeriod period) {
        CohortTable table = new CohortTable();
        MapSqlParameterSource months = new MapSqlParameterSource("first", MonthFigures.key(period.firstMonth()))
                .addValue("last", MonthFigures.key(period.lastMonth()));
        jdbc.query("SELECT f.FIRST_MONTH, m.PERIOD_MONTH, COUNT(*) FROM (SELECT CUSTOMER_ID, MIN(PERIOD_MONTH) AS FIRST_MONTH"
                + "  FROM LOY_CUSTOMER_MONTH WHERE ORDER_COUNT > 0 GROUP BY CUSTOMER_ID) f"
                + " JOIN LOY_CUSTOMER_MONTH m ON m.CUSTOMER_ID = f.CUSTOMER_ID AND m.ORDER_COUNT > 0 AND m.PERIOD_MONTH <= :last"
                + " WHERE f.FIRST_MONTH >= :first AND f.FIRST_MONTH <= :last GROUP BY f.FIRST_MONTH, m.PERIOD_MONTH",
                months, (RowCallbackHandler) rs -> table.add(MonthFigures.month(rs.getInt(1)),
                        MonthFigures.month(rs.getInt(2)), rs.getLong(3)));
        return table.rows(period.lastMonth());
    }

    private long count(String sql, MapSqlParameterSource params) {
        Number value = jdbc.queryForObject(sql, params, Number.class);
        return value == null ? 0 : value.longValue();
    }

    private static Timestamp timestamp(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A currency is three capital letters (ISO 4217), not " + code + ".");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency " + code + ".");
        }
    }

    /** Converts amounts into the report's currency through the program's base currency. */
    private final class Converter {
        private final ProgramSettings settings;
        private final BigDecimal targetRateToBase;
        private final int scale;

        Converter(ProgramSettings settings, BigDecimal targetRateToBase, int scale) {
            this.settings = settings;
            this.targetRateToBase = targetRateToBase;
            this.scale = scale;
        }

        BigDecimal fromBaseExact(BigDecimal baseAmount) {
            BigDecimal amount = baseAmount == null ? BigDecimal.ZERO : baseAmount;
            return targetRateToBase.compareTo(BigDecimal.ONE) == 0 ? amount
                    : amount.divide(targetRateToBase, CONVERSION_SCALE, RoundingMode.HALF_UP);
        }

        BigDecimal from(String currencyCode, BigDecimal amount) {
            String code = currencyCode == null ? settings.getBaseCurrency() : currencyCode;
            return fromBaseExact(amount.multiply(program.rateToBase(code, settings)));
        }

        BigDecimal round(BigDecimal amount) {
            return Rates.money(amount, scale);
        }
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }
}
