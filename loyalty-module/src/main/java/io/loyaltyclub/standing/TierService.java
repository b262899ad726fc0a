package io.loyaltyclub.standing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.EarningRuleType;
import io.loyaltyclub.program.EarningRuleRecord;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.RequestMemo;
import io.loyaltyclub.stats.CustomerStats;
import io.loyaltyclub.stats.CustomerStatsService;
import io.loyaltyclub.stats.MonthFigures;
import io.loyaltyclub.tier.Tier;
import io.loyaltyclub.tier.TierLadder;
import io.loyaltyclub.tier.TierLadder.Trigger;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierProgress;
import io.loyaltyclub.tier.TierStanding;
import io.loyaltyclub.tier.TierWindow;
import io.loyaltyclub.webhooks.EventOutbox;

/**
 * Members' tiers: the ladder the merchant edits, each member's tier (on their statistics row), its history, and
 * progress. The rules are the ladder's ({@link TierLadder}); this service applies them to stored figures:
 * upgrades at once after a checkout, both ways after a cancellation or return, downgrades after the grace only by
 * the scheduled {@link #evaluate(int)}, and an admin's tier kept until unlocked. Every change is written to
 * {@code LOY_TIER_CHANGE}.
 *
 * <p>A tier's earning multiplier is booked as an earning rule of type TIER_MULTIPLIER for that tier's code, kept
 * in step when the tier is saved; the engine applies it through its tier hook.</p>
 */
public class TierService {

    private static final String LADDER = "tierLadder";

    public static final String UNKNOWN_TIER = "unknown_tier";

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private NamedParameterJdbcTemplate jdbc;
    private PlatformTransactionManager transactionManager;
    private CustomerStatsService stats;
    private SegmentService segments;
    private ProgramService program;
    private Clock clock = Clock.systemUTC();
    private EventOutbox outbox;
    private List<TierListener> listeners = new ArrayList<>();

    // --- the ladder ---------------------------------------------------------------------------------------------

    /** The ladder as it stands: read once per web request (two statements), as {@link RequestMemo} keeps it. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public TierLadder ladder() {
        return RequestMemo.get(LADDER, this::readLadder);
    }

    private TierLadder readLadder() {
        TierLadderSettings settings = ladderSettings();
        List<Tier> tiers = new ArrayList<>();
        for (TierRecord record : tierRecords()) {
            tiers.add(record.toTier());
        }
        return new TierLadder(settings.getMetric(), settings.window(), tiers);
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public TierLadderSettings ladderSettings() {
        TierLadderSettings settings = entityManager.find(TierLadderSettings.class, TierLadderSettings.SINGLE_ROW);
        entityManager.refresh(settings);
        entityManager.detach(settings);
        return settings;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<TierRecord> tierRecords() {
        return entityManager.createQuery("select t from TierRecord t order by t.threshold", TierRecord.class)
                .getResultList();
    }

    /** Changes what the ladder measures and its window; refused (code {@code invalid_tier}) when they make no ladder. */
    @Transactional("blTransactionManager")
    public TierLadderSettings saveLadder(TierLadderSettings settings) {
        try {
            settings.window();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LoyaltyException("invalid_tier", "the ladder's window: " + e.getMessage());
        }
        if (settings.getMetric() == null) {
            throw new LoyaltyException("invalid_tier", "the ladder needs a metric");
        }
        settings.touch(Date.from(clock.instant()));
        RequestMemo.forget(LADDER);
        return entityManager.merge(settings);
    }

    /** Measures the ladder on {@code metric} over {@code window}. */
    @Transactional("blTransactionManager")
    public TierLadderSettings saveLadder(TierMetric metric, TierWindow window) {
        TierLadderSettings settings = ladderSettings();
        settings.setMetric(metric);
        settings.setWindowKind(window.getKind());
        settings.setWindowMonths(window.getMonths());
        return saveLadder(settings);
    }

    /**
     * Creates or changes a tier, and keeps its earning multiplier's rule in step. Refused (code
     * {@code invalid_tier}) when the tier, or the ladder with it, is not valid (e.g. two tiers on one threshold).
     */
    @Transactional("blTransactionManager")
    public TierRecord save(TierRecord tier) {
        List<Tier> others = new ArrayList<>();
        for (TierRecord record : tierRecords()) {
            if (!record.getId().equals(tier.getId())) {
                others.add(record.toTier());
            }
        }
        try {
            others.add(tier.toTier());
            new TierLadder(ladderSettings().getMetric(), ladderSettings().window(), others);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LoyaltyException("invalid_tier", e.getMessage());
        }
        tier.setEarningRuleId(syncMultiplierRule(tier));
        tier.touch(Date.from(clock.instant()));
        RequestMemo.forget(LADDER);
        TierRecord saved;
        if (tier.getId() == null) {
            entityManager.persist(tier);
            saved = tier;
        } else {
            saved = entityManager.merge(tier);
        }
        entityManager.flush();
        for (TierListener listener : listeners) {
            listener.tierSaved(saved);
        }
        return saved;
    }

    /**
     * Removes a tier from the ladder and switches its multiplier's rule off. Members holding it keep the code until
     * the next evaluation sets them to what their figures hold.
     */
    @Transactional("blTransactionManager")
    public void delete(String code) {
        RequestMemo.forget(LADDER);
        for (TierRecord record : tierRecords()) {
            if (record.getCode().equals(code)) {
                record.setEarningMultiplier(BigDecimal.ONE);
                syncMultiplierRule(record);
                record.setFreeShipping(false);
                for (TierListener listener : listeners) {
                    listener.tierSaved(record);
                }
                entityManager.remove(entityManager.merge(record));
                return;
            }
        }
        throw new LoyaltyException(UNKNOWN_TIER, "the ladder has no tier " + code);
    }

    /** The TIER_MULTIPLIER rule giving the tier's multiplier, created, changed or switched off; its id. */
    private Long syncMultiplierRule(TierRecord tier) {
        boolean multiplies = tier.getEarningMultiplier().compareTo(BigDecimal.ONE) > 0;
        EarningRuleRecord rule = tier.getEarningRuleId() == null ? null
                : entityManager.find(EarningRuleRecord.class, tier.getEarningRuleId());
        if (rule == null && !multiplies) {
            return null;
        }
        if (rule == null) {
            rule = new EarningRuleRecord();
            rule.setType(EarningRuleType.TIER_MULTIPLIER);
        }
        rule.setName(("Tier " + tier.getName()).substring(0, Math.min(100, 5 + tier.getName().length())));
        rule.setTierCodes(tier.getCode());
        rule.setCoefficient(multiplies ? tier.getEarningMultiplier() : BigDecimal.ONE);
        rule.setActive(multiplies);
        return program.save(rule).getId();
    }

    // --- members ------------------------------------------------------------------------------------------------

    /** The member's tier code, or {@code null} (for the cash-back rules, rewards, the earning rules). One statement. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public String currentTierCode(long customerId) {
        List<String> codes = jdbc.queryForList("SELECT TIER_CODE FROM LOY_CUSTOMER_STATS WHERE CUSTOMER_ID = :customer",
                new MapSqlParameterSource("customer", customerId), String.class);
        return codes.isEmpty() ? null : codes.get(0);
    }

    /**
     * After a change of one of the member's orders (the caller holds the member's statistics lock): a purchase
     * raises the tier at once when the figures reach a higher one; a reversal sets it to what the figures hold.
     */
    @Transactional("blTransactionManager")
    public String afterOrder(long customerId, boolean reversal, long orderId) {
        TierLadder ladder = ladder();
        CustomerStats member = stats.stats(customerId);
        TierStanding standing = standing(ladder, customerId);
        String decided = ladder.decide(member.getTierCode(), member.isTierLocked(), standing,
                reversal ? Trigger.REVERSAL : Trigger.PURCHASE);
        TierChange.Kind kind = ladder.rank(decided) > ladder.rank(member.getTierCode()) ? TierChange.Kind.UPGRADE
                : TierChange.Kind.EVALUATION;
        change(customerId, member.getTierCode(), decided, kind,
                reversal ? "order " + orderId + " cancelled or returned" : "order " + orderId, orderId, null);
        return decided;
    }

    /** An admin sets the member's tier (null for none), with a reason; it stays until {@link #unlock}. */
    @Transactional("blTransactionManager")
    public void setManually(long customerId, String tierCode, String reason, String actor) {
        if (reason == null || reason.trim().isEmpty() || reason.length() > 500) {
            throw new LoyaltyException("invalid_reason", "setting a tier by hand needs a reason of 1 to 500 characters");
        }
        if (tierCode != null && ladder().find(tierCode) == null) {
            throw new LoyaltyException(UNKNOWN_TIER, "the ladder has no tier " + tierCode);
        }
        stats.lock(customerId);
        String before = stats.stats(customerId).getTierCode();
        jdbc.update("UPDATE LOY_CUSTOMER_STATS SET TIER_LOCKED = TRUE, TIER_REASON = :reason WHERE CUSTOMER_ID = :customer",
                new MapSqlParameterSource("customer", customerId).addValue("reason", reason));
        change(customerId, before, tierCode, TierChange.Kind.MANUAL, reason, null, actor, true);
        segments.refresh(Collections.singletonList(customerId));
    }

    /** The member's tier follows the figures again, from now on (its tier is set to what they hold). */
    @Transactional("blTransactionManager")
    public String unlock(long customerId, String actor) {
        stats.lock(customerId);
        jdbc.update("UPDATE LOY_CUSTOMER_STATS SET TIER_LOCKED = FALSE, TIER_REASON = NULL WHERE CUSTOMER_ID = :customer",
                new MapSqlParameterSource("customer", customerId));
        TierLadder ladder = ladder();
        String before = stats.stats(customerId).getTierCode();
        String held = ladder.decide(before, false, standing(ladder, customerId), Trigger.EVALUATION);
        change(customerId, before, held, TierChange.Kind.UNLOCK, "unlocked", null, actor, true);
        segments.refresh(Collections.singletonList(customerId));
        return held;
    }

    /**
     * The scheduled evaluation: every member's tier follows their figures (downgrades after the grace, tiers of
     * a ladder the merchant changed), a chunk of members per transaction. Locked tiers stay. Returns how many
     * members changed tier.
     */
    public int evaluate(int chunkSize) {
        int changed = 0;
        long after = -1;
        while (true) {
            List<Long> chunk = jdbc.queryForList("SELECT CUSTOMER_ID FROM LOY_CUSTOMER_STATS WHERE CUSTOMER_ID > :after"
                    + " AND TIER_LOCKED = FALSE ORDER BY CUSTOMER_ID LIMIT " + chunkSize,
                    new MapSqlParameterSource("after", after), Long.class);
            if (chunk.isEmpty()) {
                return changed;
            }
            changed += new TransactionTemplate(transactionManager)
                    .execute(status -> evaluateChunk(chunk, TierChange.Kind.EVALUATION));
            after = chunk.get(chunk.size() - 1);
        }
    }

    /**
     * Sets each member of the chunk to the tier the figures hold (locked tiers stay); one transaction, a fixed number
     * of statements. The callers work the segments out afterwards (the nightly job, the backfill). The listeners are
     * told, except for a backfill, whose many changes they catch up with in the nightly job.
     */
    @Transactional("blTransactionManager")
    public int evaluateChunk(Collection<Long> customerIds, TierChange.Kind kind) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", customerIds);
        jdbc.update("UPDATE LOY_CUSTOMER_STATS SET VERSION = VERSION + 1 WHERE CUSTOMER_ID IN (:ids)", ids);
        TierLadder ladder = ladder();
        YearMonth month = currentMonth();
        YearMonth from = ladder.getWindow().earliestMonthNeeded(month);
        Map<Long, Map<YearMonth, BigDecimal>> figures = new HashMap<>();
        jdbc.query("SELECT CUSTOMER_ID, PERIOD_MONTH, ORDER_COUNT, SPENT, POINTS FROM LOY_CUSTOMER_MONTH"
                + " WHERE CUSTOMER_ID IN (:ids) AND PERIOD_MONTH >= :from",
                new MapSqlParameterSource(ids.getValues()).addValue("from", MonthFigures.key(from)), rs -> {
                    Map<YearMonth, BigDecimal> monthly = figures.get(rs.getLong(1));
                    if (monthly == null) {
                        monthly = new HashMap<>();
                        figures.put(rs.getLong(1), monthly);
                    }
                    monthly.put(MonthFigures.month(rs.getInt(2)), metricOf(ladder,
                            new MonthFigures(null, rs.getInt(3), rs.getBigDecimal(4), rs.getLong(5))));
                });
        Map<Long, String[]> members = new HashMap<>();
        jdbc.query("SELECT CUSTOMER_ID, TIER_CODE, TIER_LOCKED FROM LOY_CUSTOMER_STATS WHERE CUSTOMER_ID IN (:ids)", ids,
                rs -> {
                    members.put(rs.getLong(1), new String[] {rs.getString(2), rs.getBoolean(3) ? "locked" : null});
                });
        List<MapSqlParameterSource> changed = new ArrayList<>();
        for (Map.Entry<Long, String[]> member : members.entrySet()) {
            Map<YearMonth, BigDecimal> monthly = figures.get(member.getKey());
            TierStanding standing = ladder.standing(monthly == null ? Collections.<YearMonth, BigDecimal>emptyMap()
                    : monthly, month);
            String decided = ladder.decide(member.getValue()[0], member.getValue()[1] != null, standing,
                    Trigger.EVALUATION);
            if (!Objects.equals(decided, member.getValue()[0])) {
                changed.add(changeParams(member.getKey(), member.getValue()[0], decided, kind,
                        kind == TierChange.Kind.BACKFILL ? "worked out from the order history" : "scheduled evaluation",
                        null, null));
            }
        }
        store(changed, changed, kind != TierChange.Kind.BACKFILL);
        return changed.size();
    }

    /** The member's tier history, newest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<TierChange> history(long customerId) {
        return jdbc.query("SELECT ID, CUSTOMER_ID, FROM_TIER, TO_TIER, KIND, REASON, ORDER_ID, ACTOR, CREATED_AT"
                + " FROM LOY_TIER_CHANGE WHERE CUSTOMER_ID = :customer ORDER BY ID DESC",
                new MapSqlParameterSource("customer", customerId),
                (rs, row) -> new TierChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        TierChange.Kind.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7) == null ? null : rs.getLong(7), rs.getString(8), rs.getTimestamp(9).toInstant()));
    }

    /**
     * The member's next tier, what is still needed and by when, and what keeps the current tier: from the
     * aggregates, in five statements whatever the member's history (ladder settings, tiers, program settings,
     * statistics row, months).
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public TierProgress progress(long customerId) {
        TierLadder ladder = ladder();
        CustomerStats member = stats.stats(customerId);
        return ladder.progress(member.getTierCode(), member.isTierLocked(), standing(ladder, customerId));
    }

    // --- internals ----------------------------------------------------------------------------------------------

    private TierStanding standing(TierLadder ladder, long customerId) {
        YearMonth month = currentMonth();
        Map<YearMonth, BigDecimal> monthly = new HashMap<>();
        for (MonthFigures figures : stats.months(customerId, ladder.getWindow().earliestMonthNeeded(month))) {
            monthly.put(figures.getMonth(), metricOf(ladder, figures));
        }
        return ladder.standing(monthly, month);
    }

    private static BigDecimal metricOf(TierLadder ladder, MonthFigures figures) {
        switch (ladder.getMetric()) {
            case ORDERS:
                return BigDecimal.valueOf(figures.getOrders());
            case POINTS:
                return BigDecimal.valueOf(figures.getPoints());
            default:
                return figures.getSpent();
        }
    }

    private YearMonth currentMonth() {
        ZoneId zone = stats.zone();
        return YearMonth.from(clock.instant().atZone(zone));
    }

    private boolean change(long customerId, String from, String to, TierChange.Kind kind, String reason, Long orderId,
            String actor) {
        return change(customerId, from, to, kind, reason, orderId, actor, false);
    }

    /** Stores the member's new tier and its history row, when it changed (or always, when {@code record}). */
    private boolean change(long customerId, String from, String to, TierChange.Kind kind, String reason, Long orderId,
            String actor, boolean record) {
        boolean changed = !Objects.equals(from, to);
        if (!changed && !record) {
            return false;
        }
        MapSqlParameterSource params = changeParams(customerId, from, to, kind, reason, orderId, actor);
        store(Collections.singletonList(params), changed ? Collections.singletonList(params)
                : Collections.<MapSqlParameterSource>emptyList(), true);
        return changed;
    }

    private MapSqlParameterSource changeParams(long customerId, String from, String to, TierChange.Kind kind,
            String reason, Long orderId, String actor) {
        return new MapSqlParameterSource("customer", customerId).addValue("to", to).addValue("from", from)
                .addValue("kind", kind.name()).addValue("reason", reason).addValue("order", orderId)
                .addValue("actor", actor).addValue("now", Timestamp.from(clock.instant()));
    }

    /** History rows for all of {@code records}, the new tier for those that changed; the listeners told if asked. */
    private void store(List<MapSqlParameterSource> records, List<MapSqlParameterSource> changed, boolean notify) {
        if (!changed.isEmpty()) {
            jdbc.batchUpdate("UPDATE LOY_CUSTOMER_STATS SET TIER_CODE = :to, TIER_SINCE = :now WHERE CUSTOMER_ID = :customer",
                    changed.toArray(new SqlParameterSource[changed.size()]));
        }
        if (!records.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO LOY_TIER_CHANGE (CUSTOMER_ID, FROM_TIER, TO_TIER, KIND, REASON, ORDER_ID, ACTOR,"
                    + " CREATED_AT) VALUES (:customer, :from, :to, :kind, :reason, :order, :actor, :now)",
                    records.toArray(new SqlParameterSource[records.size()]));
        }
        if (notify && outbox != null) {
            for (MapSqlParameterSource change : changed) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("from", change.getValue("from"));
                data.put("to", change.getValue("to"));
                data.put("kind", change.getValue("kind"));
                data.put("orderId", change.getValue("order"));
                outbox.record("tier.changed", (Long) change.getValue("customer"), data);
            }
        }
        if (notify && !changed.isEmpty()) {
            List<Long> customers = new ArrayList<>();
            for (MapSqlParameterSource change : changed) {
                customers.add((Long) change.getValue("customer"));
            }
            for (TierListener listener : listeners) {
                listener.tiersChanged(customers);
            }
        }
    }

    /** Where tier changes are announced (same transaction; not those of a backfill); none: not announced. */
    public void setOutbox(EventOutbox outbox) {
        this.outbox = outbox;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public void setStats(CustomerStatsService stats) {
        this.stats = stats;
    }

    public void setSegments(SegmentService segments) {
        this.segments = segments;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setListeners(List<TierListener> listeners) {
        this.listeners = listeners;
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }
}
