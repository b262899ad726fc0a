package io.loyaltyclub.standing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
import io.loyaltyclub.segment.MemberFacts;
import io.loyaltyclub.segment.SegmentCondition;
import io.loyaltyclub.segment.SegmentRule;
import io.loyaltyclub.stats.CustomerStatsService;
import io.loyaltyclub.stats.MonthFigures;
import io.loyaltyclub.webhooks.EventOutbox;

/**
 * Segments: rules the merchant stores as data, their members, and the merchant's tags. Membership is kept in
 * {@code LOY_SEGMENT_MEMBER}: updated for the customer concerned after each change of an order, a tag or a tier,
 * and for everybody by the scheduled {@link #refreshAll(int)} (for what changes with time alone: days since the
 * last order, a birthday month, orders in the last twelve months). A segment's size and members are reads of that
 * table.
 *
 * <p>Implements no interface on purpose: its transactions come from a class-based proxy, injected by class.</p>
 */
public class SegmentService {

    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private NamedParameterJdbcTemplate jdbc;
    private PlatformTransactionManager transactionManager;
    private CustomerStatsService stats;
    private MemberProfiles profiles;
    private Clock clock = Clock.systemUTC();
    private EventOutbox outbox;

    // --- the segments -------------------------------------------------------------------------------------------

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<SegmentRecord> segments() {
        return entityManager.createQuery("select s from SegmentRecord s order by s.id", SegmentRecord.class)
                .getResultList();
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public SegmentRecord segment(String code) {
        List<SegmentRecord> found = entityManager.createQuery("select s from SegmentRecord s where s.code = :code",
                SegmentRecord.class).setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw new LoyaltyException("unknown_segment", "there is no segment " + code);
        }
        return found.get(0);
    }

    /** The segment's conditions, by group. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public SegmentRule rule(long segmentId) {
        return rules(Collections.singletonList(segmentId)).get(segmentId);
    }

    private Map<Long, SegmentRule> rules(Collection<Long> segmentIds) {
        Map<Long, TreeMap<Integer, List<SegmentCondition>>> groups = new LinkedHashMap<>();
        for (Long id : segmentIds) {
            groups.put(id, new TreeMap<Integer, List<SegmentCondition>>());
        }
        if (!segmentIds.isEmpty()) {
            for (SegmentConditionRecord record : entityManager.createQuery("select c from SegmentConditionRecord c"
                    + " where c.segmentId in :ids order by c.id", SegmentConditionRecord.class)
                    .setParameter("ids", segmentIds).getResultList()) {
                TreeMap<Integer, List<SegmentCondition>> byGroup = groups.get(record.getSegmentId());
                if (!byGroup.containsKey(record.getGroupNo())) {
                    byGroup.put(record.getGroupNo(), new ArrayList<SegmentCondition>());
                }
                byGroup.get(record.getGroupNo()).add(record.toCondition());
            }
        }
        Map<Long, SegmentRule> rules = new LinkedHashMap<>();
        for (Map.Entry<Long, TreeMap<Integer, List<SegmentCondition>>> entry : groups.entrySet()) {
            rules.put(entry.getKey(), new SegmentRule(new ArrayList<>(entry.getValue().values())));
        }
        return rules;
    }

    /**
     * Creates or changes a segment and replaces its conditions (each inner list a group whose conditions must all
     * hold; any group is enough). Members follow at the next {@link #refreshAll(int)}, or at once for customers
     * whose figures change. Refused (code {@code invalid_segment}) for a code or name that does not fit.
     */
    @Transactional("blTransactionManager")
    public SegmentRecord save(SegmentRecord segment, List<List<SegmentCondition>> groups) {
        if (segment.getCode() == null || !segment.getCode().matches("[a-z0-9_-]{1,64}")) {
            throw new LoyaltyException(SegmentCondition.INVALID_SEGMENT,
                    "a segment code is 1 to 64 lower-case letters, digits, '_' or '-'");
        }
        if (segment.getName() == null || segment.getName().trim().isEmpty() || segment.getName().length() > 100) {
            throw new LoyaltyException(SegmentCondition.INVALID_SEGMENT, "a segment needs a name of at most 100 characters");
        }
        segment.touch(Date.from(clock.instant()));
        SegmentRecord saved;
        if (segment.getId() == null) {
            entityManager.persist(segment);
            saved = segment;
        } else {
            saved = entityManager.merge(segment);
        }
        entityManager.flush();
        entityManager.createQuery("delete from SegmentConditionRecord c where c.segmentId = :id")
                .setParameter("id", saved.getId()).executeUpdate();
        int groupNo = 1;
        for (List<SegmentCondition> group : groups) {
            for (SegmentCondition condition : group) {
                entityManager.persist(new SegmentConditionRecord(saved.getId(), groupNo, condition));
            }
            groupNo++;
        }
        entityManager.flush();
        return saved;
    }

    // --- membership ---------------------------------------------------------------------------------------------

    /**
     * Works out the active segments of these customers from what the club knows of them today and stores the
     * difference. A fixed number of statements per call (and per {@value #IN_LIST} customers).
     */
    @Transactional("blTransactionManager")
    public void refresh(Collection<Long> customerIds) {
        refresh(customerIds, true);
    }

    /**
     * As {@link #refresh(Collection)}, without announcing the joins and leaves as events: for the backfill, which
     * works out where customers stand from their history (a first state, not news for the webhooks).
     */
    @Transactional("blTransactionManager")
    public void refreshWithoutEvents(Collection<Long> customerIds) {
        refresh(customerIds, false);
    }

    private void refresh(Collection<Long> customerIds, boolean announce) {
        List<Long> all = new ArrayList<>(new HashSet<>(customerIds));
        Collections.sort(all);
        if (all.isEmpty()) {
            return;
        }
        List<SegmentRecord> active = new ArrayList<>();
        for (SegmentRecord segment : segments()) {
            if (segment.isActive()) {
                active.add(segment);
            }
        }
        List<Long> activeIds = new ArrayList<>();
        for (SegmentRecord segment : active) {
            activeIds.add(segment.getId());
        }
        Map<Long, SegmentRule> rules = rules(activeIds);
        List<String> top = jdbc.queryForList("SELECT CODE FROM LOY_TIER ORDER BY THRESHOLD DESC LIMIT 1",
                new MapSqlParameterSource(), String.class);
        ZoneId zone = stats.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> ids = all.subList(from, Math.min(all.size(), from + IN_LIST));
            Map<Long, MemberFacts> facts = facts(ids, today, zone, top.isEmpty() ? null : top.get(0));
            store(ids, facts, active, rules, announce);
        }
    }

    private void store(List<Long> ids, Map<Long, MemberFacts> facts, List<SegmentRecord> active,
            Map<Long, SegmentRule> rules, boolean announce) {
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        jdbc.update("UPDATE LOY_CUSTOMER_STATS SET VERSION = VERSION + 1 WHERE CUSTOMER_ID IN (:ids)", params);
        Set<String> current = new HashSet<>();
        jdbc.query("SELECT SEGMENT_ID, CUSTOMER_ID FROM LOY_SEGMENT_MEMBER WHERE CUSTOMER_ID IN (:ids)", params,
                rs -> {
                    current.add(rs.getLong(1) + ":" + rs.getLong(2));
                });
        List<SqlParameterSource> joins = new ArrayList<>();
        List<SqlParameterSource> leaves = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        Set<Long> activeIds = new HashSet<>();
        for (SegmentRecord segment : active) {
            activeIds.add(segment.getId());
            SegmentRule rule = rules.get(segment.getId());
            for (Long customer : ids) {
                boolean member = rule.matches(facts.get(customer));
                boolean was = current.remove(segment.getId() + ":" + customer);
                if (member && !was) {
                    joins.add(new MapSqlParameterSource("segment", segment.getId()).addValue("customer", customer)
                            .addValue("now", now));
                } else if (!member && was) {
                    leaves.add(new MapSqlParameterSource("segment", segment.getId()).addValue("customer", customer));
                }
            }
        }
        for (String stale : current) {
            // memberships of segments switched off
            String[] parts = stale.split(":");
            leaves.add(new MapSqlParameterSource("segment", Long.valueOf(parts[0])).addValue("customer", Long.valueOf(parts[1])));
        }
        if (!leaves.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM LOY_SEGMENT_MEMBER WHERE SEGMENT_ID = :segment AND CUSTOMER_ID = :customer",
                    leaves.toArray(new SqlParameterSource[leaves.size()]));
        }
        if (!joins.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO LOY_SEGMENT_MEMBER (SEGMENT_ID, CUSTOMER_ID, SINCE) VALUES (:segment, :customer, :now)",
                    joins.toArray(new SqlParameterSource[joins.size()]));
        }
        if (announce && outbox != null) {
            announce("segment.entered", joins, active);
            announce("segment.left", leaves, active);
        }
    }

    /** Events of joins or leaves of active segments (a segment switched off drops its members silently). */
    private void announce(String type, List<SqlParameterSource> changes, List<SegmentRecord> active) {
        Map<Long, String> codes = new HashMap<>();
        for (SegmentRecord segment : active) {
            codes.put(segment.getId(), segment.getCode());
        }
        for (SqlParameterSource change : changes) {
            String code = codes.get((Long) change.getValue("segment"));
            if (code != null) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("segment", code);
                outbox.record(type, (Long) change.getValue("customer"), data);
            }
        }
    }

    /** What the conditions need of these customers: five statements. */
    private Map<Long, MemberFacts> facts(List<Long> ids, LocalDate today, ZoneId zone, String topTier) {
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids)
                .addValue("from", MonthFigures.key(YearMonth.from(today).minusMonths(11)));
        Map<Long, Integer> recentOrders = new HashMap<>();
        jdbc.query("SELECT CUSTOMER_ID, SUM(ORDER_COUNT) FROM LOY_CUSTOMER_MONTH WHERE CUSTOMER_ID IN (:ids)"
                + " AND PERIOD_MONTH >= :from GROUP BY CUSTOMER_ID", params, rs -> {
                    recentOrders.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Set<Long>> categories = new HashMap<>();
        jdbc.query("SELECT CUSTOMER_ID, CATEGORY_ID FROM LOY_CUSTOMER_CATEGORY WHERE CUSTOMER_ID IN (:ids)", params, rs -> {
            setOf(categories, rs.getLong(1)).add(rs.getLong(2));
        });
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.query("SELECT CUSTOMER_ID, TAG FROM LOY_MEMBER_TAG WHERE CUSTOMER_ID IN (:ids)", params, rs -> {
            setOf(tags, rs.getLong(1)).add(rs.getString(2));
        });
        Map<Long, MemberProfiles.Profile> profileOf = profiles.profiles(ids, zone);
        Map<Long, MemberFacts> facts = new HashMap<>();
        for (Long id : ids) {
            MemberProfiles.Profile profile = profileOf.get(id);
            facts.put(id, MemberFacts.of(id, today)
                    .withCategories(setOf(categories, id))
                    .withTags(setOf(tags, id))
                    .withProfile(profile == null ? null : profile.getSignedUp(),
                            profile == null ? null : profile.getBirthMonth()));
        }
        jdbc.query("SELECT s.CUSTOMER_ID, s.ORDER_COUNT, s.TOTAL_SPENT, s.LAST_ORDER_AT, s.TIER_CODE"
                + " FROM LOY_CUSTOMER_STATS s WHERE s.CUSTOMER_ID IN (:ids)", params, rs -> {
                    long id = rs.getLong(1);
                    Timestamp last = rs.getTimestamp(4);
                    Integer recent = recentOrders.get(id);
                    String tier = rs.getString(5);
                    facts.put(id, facts.get(id)
                            .withOrders(rs.getInt(2), rs.getBigDecimal(3),
                                    last == null ? null : last.toInstant().atZone(zone).toLocalDate(),
                                    recent == null ? 0 : recent)
                            .withTier(tier, tier != null && tier.equals(topTier)));
                });
        return facts;
    }

    private static <T> Set<T> setOf(Map<Long, Set<T>> sets, long id) {
        Set<T> set = sets.get(id);
        if (set == null) {
            set = new HashSet<>();
            sets.put(id, set);
        }
        return set;
    }

    /**
     * The scheduled refresh: every customer of the shop, a chunk per transaction, so time-based conditions move
     * customers (at risk after days without an order) without anything else happening. Returns customers seen.
     */
    public int refreshAll(int chunkSize) {
        int seen = 0;
        long after = -1;
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        while (true) {
            List<Long> chunk = profiles.customersAfter(after, chunkSize);
            if (chunk.isEmpty()) {
                return seen;
            }
            transaction.execute(status -> {
                refresh(chunk);
                return null;
            });
            seen += chunk.size();
            after = chunk.get(chunk.size() - 1);
        }
    }

    /** How many members the segment has. One statement. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long size(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LOY_SEGMENT_MEMBER WHERE SEGMENT_ID = :segment",
                new MapSqlParameterSource("segment", segment(code).getId()), Long.class);
    }

    /** A page of the segment's members (customer ids, ascending) after {@code afterCustomerId} (-1 for the first). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> members(String code, long afterCustomerId, int pageSize) {
        return jdbc.queryForList("SELECT CUSTOMER_ID FROM LOY_SEGMENT_MEMBER WHERE SEGMENT_ID = :segment"
                + " AND CUSTOMER_ID > :after ORDER BY CUSTOMER_ID LIMIT " + Math.max(1, Math.min(pageSize, 1000)),
                new MapSqlParameterSource("segment", segment(code).getId()).addValue("after", afterCustomerId), Long.class);
    }

    /** The codes of the segments the customer is in (for cash-back rules, rewards, earning rules). One statement. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<String> segmentCodesOf(long customerId) {
        return jdbc.queryForList("SELECT s.CODE FROM LOY_SEGMENT_MEMBER m, LOY_SEGMENT s WHERE m.SEGMENT_ID = s.ID"
                + " AND m.CUSTOMER_ID = :customer ORDER BY s.CODE", new MapSqlParameterSource("customer", customerId),
                String.class);
    }

    // --- tags ---------------------------------------------------------------------------------------------------

    /** An admin puts the customer into a named tag (again: nothing changes); the segments follow at once. */
    @Transactional("blTransactionManager")
    public void tag(long customerId, String tag, String actor) {
        String name = tagName(tag);
        stats.lock(customerId);
        MapSqlParameterSource params = new MapSqlParameterSource("customer", customerId).addValue("tag", name)
                .addValue("actor", actor).addValue("now", Timestamp.from(clock.instant()));
        if (jdbc.queryForObject("SELECT COUNT(*) FROM LOY_MEMBER_TAG WHERE TAG = :tag AND CUSTOMER_ID = :customer",
                params, Integer.class) == 0) {
            jdbc.update("INSERT INTO LOY_MEMBER_TAG (TAG, CUSTOMER_ID, CREATED_AT, ACTOR) VALUES (:tag, :customer, :now, :actor)",
                    params);
        }
        refresh(Collections.singletonList(customerId));
    }

    @Transactional("blTransactionManager")
    public void untag(long customerId, String tag) {
        stats.lock(customerId);
        jdbc.update("DELETE FROM LOY_MEMBER_TAG WHERE TAG = :tag AND CUSTOMER_ID = :customer",
                new MapSqlParameterSource("customer", customerId).addValue("tag", tagName(tag)));
        refresh(Collections.singletonList(customerId));
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<String> tags(long customerId) {
        return jdbc.queryForList("SELECT TAG FROM LOY_MEMBER_TAG WHERE CUSTOMER_ID = :customer ORDER BY TAG",
                new MapSqlParameterSource("customer", customerId), String.class);
    }

    /** A page of the customers carrying the tag, after {@code afterCustomerId} (-1 for the first). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> tagged(String tag, long afterCustomerId, int pageSize) {
        return jdbc.queryForList("SELECT CUSTOMER_ID FROM LOY_MEMBER_TAG WHERE TAG = :tag AND CUSTOMER_ID > :after"
                + " ORDER BY CUSTOMER_ID LIMIT " + Math.max(1, Math.min(pageSize, 1000)),
                new MapSqlParameterSource("tag", tagName(tag)).addValue("after", afterCustomerId), Long.class);
    }

    private static String tagName(String tag) {
        if (tag == null || tag.trim().isEmpty() || tag.trim().length() > 64) {
            throw new LoyaltyException("invalid_tag", "a tag is 1 to 64 characters");
        }
        return tag.trim();
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setStats(CustomerStatsService stats) {
        this.stats = stats;
    }

    public void setProfiles(MemberProfiles profiles) {
        this.profiles = profiles;
    }

    /** Where joins and leaves are announced (same transaction); none: not announced. */
    public void setOutbox(EventOutbox outbox) {
        this.outbox = outbox;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
