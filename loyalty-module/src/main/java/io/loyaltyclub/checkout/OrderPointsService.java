package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.cashback.CashBackCalculation;
import io.loyaltyclub.earning.BreakdownItem;
import io.loyaltyclub.earning.CustomerHistory;
import io.loyaltyclub.earning.EarningBreakdown;
import io.loyaltyclub.earning.EarningEngine;
import io.loyaltyclub.earning.OrderForEarning;
import io.loyaltyclub.earning.OrderLineForEarning;
import io.loyaltyclub.ledger.Earning;
import io.loyaltyclub.ledger.EntrySource;
import io.loyaltyclub.ledger.EntryType;
import io.loyaltyclub.ledger.MemberAccounts;
import io.loyaltyclub.ledger.PointsAccount;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;

/**
 * The points of orders, from checkout to the last return.
 *
 * <ol>
 * <li>{@link #award(ClubOrderSnapshot)} (once the checkout has completed): the points are worked out with the
 * merchant's rules, attributed to the lines, and booked, pending for the return window.</li>
 * <li>{@link #cancel(long, String)}, {@link #reinstate(long)}, {@link #returnUnits(long, String, Map)}: what is due
 * changes; the ledger follows.</li>
 * </ol>
 *
 * <p>Awards are reconciled, not one-shot: each change works out what the order is due now (nothing when it is
 * cancelled, the lines' points less those of returned units otherwise) and books the difference to what the
 * ledger holds for it. Replaying any step books nothing more. The order's cash-back (store credit) follows the
 * same way, through {@link OrderCashBack}.</p>
 */
public class OrderPointsService {

    private static final org.apache.commons.logging.Log LOG =
            org.apache.commons.logging.LogFactory.getLog(OrderPointsService.class);

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PointsLedger ledger;
    private OrderCashBack cashBack;
    private ProgramService program;
    private EarningEngine engine = new EarningEngine();
    private Clock clock = Clock.systemUTC();
    private MemberStanding standing = MemberStanding.NONE;

    /**
     * The order was placed: works out its points with the merchant's rules (the first time), attributes them
     * to its lines, and books what it is due, pending for the return window. Replaying it books nothing more;
     * for an order cancelled before, it is placed again with the points worked out the first time.
     */
    @Transactional("blTransactionManager")
    public long award(ClubOrderSnapshot snapshot) {
        if (find(snapshot.getOrderId()) == null) {
            record(snapshot);
        }
        return changeStatus(snapshot.getOrderId(), ClubOrderStatus.PLACED, "order placed");
    }

    private void record(ClubOrderSnapshot snapshot) {
        ProgramSettings settings = program.settings();
        BigDecimal rate;
        EarningBreakdown breakdown = null;
        try {
            rate = program.rateToBase(snapshot.getCurrencyCode(), settings);
            breakdown = engine.evaluate(forEarning(snapshot, rate, settings.zone()), program.earningRules(),
                    settings.earningPolicy());
        } catch (LoyaltyException e) {
            // The club's own set-up is incomplete (a missing exchange rate, a rule that no longer fits): the order
            // is recorded without points, and earns once the admin fixed the set-up and calls rework(orderId).
            LOG.error("Order " + snapshot.getOrderId() + " earns no points for now: " + e.getMessage() + " (" + e.getCode() + ")");
            rate = BigDecimal.ONE;
        }
        CashBackCalculation credit = cashBack == null ? null : cashBack.calculate(snapshot);
        ClubOrder order = new ClubOrder(snapshot, Date.from(clock.instant()));
        order.refresh(snapshot, rate, breakdown == null ? 0 : breakdown.getTotalPoints(),
                breakdown == null ? null : describe(breakdown));
        order.setCashBack(OrderCashBack.total(credit));
        entityManager.persist(order);
        for (OrderLineForEarning line : snapshot.getLines()) {
            ClubOrderLine recorded = new ClubOrderLine(order.getId(), line,
                    breakdown == null ? 0 : breakdown.getPointsForLine(line.getLineId()));
            if (credit != null) {
                recorded.setCashBack(credit.forLine(line.getLineId()));
            }
            entityManager.persist(recorded);
        }
        entityManager.flush();
    }

    /**
     * What a cart would earn if it were ordered now, with the merchant's rules: the engine's breakdown; nothing is
     * recorded or booked. Refused ({@code missing_exchange_rate}) for a currency the program cannot convert.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public EarningBreakdown preview(ClubOrderSnapshot snapshot) {
        ProgramSettings settings = program.settings();
        BigDecimal rate = program.rateToBase(snapshot.getCurrencyCode(), settings);
        return engine.evaluate(forEarning(snapshot, rate, settings.zone()), program.earningRules(), settings.earningPolicy());
    }

    /** Cancelled: every point the order earned is taken back. */
    @Transactional("blTransactionManager")
    public long cancel(long orderId, String reason) {
        return changeStatus(orderId, ClubOrderStatus.CANCELLED, reason == null ? "order cancelled" : reason);
    }

    /** A cancelled order placed again: it earns its points again. */
    @Transactional("blTransactionManager")
    public long reinstate(long orderId) {
        return changeStatus(orderId, ClubOrderStatus.PLACED, "order placed again");
    }

    /**
     * Units of some lines came back ({@code order item id -> units}). Takes back exactly the points of those
     * units; a return with the same key is recorded once. A refund of shipping or tax alone is no return and
     * takes back nothing.
     */
    @Transactional("blTransactionManager")
    public long returnUnits(long orderId, String returnKey, Map<Long, Integer> units) {
        if (returnKey == null || returnKey.trim().isEmpty() || returnKey.length() > 191) {
            throw new LoyaltyException("invalid_return_key", "a return needs a key of 1 to 191 characters");
        }
        if (units == null || units.isEmpty()) {
            throw new LoyaltyException("invalid_return", "a return names at least one line");
        }
        ClubOrder order = lock(orderId);
        boolean known = !entityManager.createQuery("select r.id from OrderReturn r where r.returnKey = :key", Long.class)
                .setParameter("key", returnKey).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            List<ClubOrderLine> lines = lines(order);
            for (Map.Entry<Long, Integer> returned : units.entrySet()) {
                ClubOrderLine line = lineOf(lines, returned.getKey(), orderId);
                int count = returned.getValue() == null ? 0 : returned.getValue();
                if (count <= 0 || count > line.getQuantity() - line.getReturnedQuantity()) {
                    throw new LoyaltyException("invalid_return", "line " + returned.getKey() + " of order " + orderId
                            + " has " + (line.getQuantity() - line.getReturnedQuantity()) + " units that can come back, not "
                            + count);
                }
            }
            Date now = Date.from(clock.instant());
            for (Map.Entry<Long, Integer> returned : units.entrySet()) {
                lineOf(lines, returned.getKey(), orderId).returnUnits(returned.getValue());
                entityManager.persist(new OrderReturn(returnKey, orderId, returned.getKey(), returned.getValue(), now));
            }
        }
        return reconcile(order, "items returned (" + returnKey + ")");
    }

    /** Books whatever is missing or too much for the order now; returns the points it still earns. */
    @Transactional("blTransactionManager")
    public long reconcile(long orderId) {
        return reconcile(lock(orderId), "reconciled");
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public ClubOrder find(long orderId) {
        List<ClubOrder> found = entityManager
                .createQuery("select o from ClubOrder o where o.orderId = :orderId", ClubOrder.class)
                .setParameter("orderId", orderId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ClubOrderLine> lines(ClubOrder order) {
        return entityManager.createQuery("select l from ClubOrderLine l where l.clubOrderId = :id order by l.id",
                ClubOrderLine.class).setParameter("id", order.getId()).getResultList();
    }

    // --- internals -------------------------------------------------------------------------------------------

    private long changeStatus(long orderId, ClubOrderStatus status, String reason) {
        ClubOrder order = lock(orderId);
        order.setStatus(status);
        return reconcile(order, reason);
    }

    /** Locks the order's row (an update of it) and reads it fresh: one change of an order at a time. */
    private ClubOrder lock(long orderId) {
        int locked = entityManager.createQuery("update ClubOrder o set o.status = o.status where o.orderId = :orderId")
                .setParameter("orderId", orderId).executeUpdate();
        if (locked != 1) {
            throw new LoyaltyException("unknown_order", "the club has no record of order " + orderId);
        }
        ClubOrder order = find(orderId);
        entityManager.refresh(order);
        return order;
    }

    private long reconcile(ClubOrder order, String reason) {
        List<ClubOrderLine> lines = lines(order);
        long due = 0;
        for (ClubOrderLine line : lines) {
            entityManager.refresh(line);
            if (order.getStatus() == ClubOrderStatus.PLACED) {
                due += line.pointsDue();
            }
        }
        List<long[]> earnings = ledger.orderEarnings(order.getOrderId());
        long booked = 0;
        for (long[] earning : earnings) {
            booked += earning[1] - earning[2];
        }
        long orderId = order.getOrderId();
        if (due > booked) {
            ProgramSettings settings = program.settings();
            Instant now = clock.instant();
            Instant availableAt = now.plus(Duration.ofDays(settings.getReturnWindowDays()));
            ledger.earn(Earning.of(order.getCustomerId(), due - booked, "order:" + orderId + ":earn:" + (earnings.size() + 1))
                    .fromOrder(orderId, order.getCurrencyCode(), order.getExchangeRate())
                    .reason(reason)
                    .availableAt(availableAt)
                    .expiringBy(settings.expiryPolicy(), availableAt, settings.zone()));
        } else if (due < booked) {
            long toTakeBack = booked - due;
            for (int i = earnings.size() - 1; i >= 0 && toTakeBack > 0; i--) {
                long[] earning = earnings.get(i);
                long part = Math.min(toTakeBack, earning[1] - earning[2]);
                if (part > 0) {
                    int reversals = reversalsOf(earning[0]);
                    ledger.reverse(earning[0], part, reason, "order:" + orderId + ":reverse:" + earning[0] + ":" + (reversals + 1));
                    toTakeBack -= part;
                }
            }
        }
        if (cashBack != null) {
            cashBack.reconcile(order, lines, reason);
        }
        standing.orderChanged(order);
        return due;
    }

    private int reversalsOf(long entryId) {
        return ((Number) entityManager.createQuery("select count(r) from PointsEntry r where r.refersToEntryId = :id"
                + " and r.type = :reverse").setParameter("id", entryId).setParameter("reverse", EntryType.REVERSE)
                .getSingleResult()).intValue();
    }

    private OrderForEarning forEarning(ClubOrderSnapshot snapshot, BigDecimal rate, ZoneId zone) {
        return new OrderForEarning(snapshot.getOrderId(), snapshot.getCustomerId(), snapshot.getCurrencyCode(), rate,
                snapshot.getOrderedAt(), snapshot.getLines(), history(snapshot, zone));
    }

    /** What the engine needs to know of the member's earlier orders and today's and this month's points. */
    private CustomerHistory history(ClubOrderSnapshot snapshot, ZoneId zone) {
        Instant at = snapshot.getOrderedAt();
        List<Date> earlier = entityManager.createQuery("select o.orderedAt from ClubOrder o where o.customerId = :customer"
                + " and o.status = :placed and o.orderId <> :orderId and o.orderedAt <= :at order by o.orderedAt desc", Date.class)
                .setParameter("customer", snapshot.getCustomerId())
                .setParameter("placed", ClubOrderStatus.PLACED)
                .setParameter("orderId", snapshot.getOrderId())
                .setParameter("at", Date.from(at))
                .getResultList();
        long inLast30Days = 0;
        Instant monthAgo = at.minus(Duration.ofDays(30));
        for (Date date : earlier) {
            if (date.toInstant().isAfter(monthAgo)) {
                inLast30Days++;
            }
        }
        Long daysSince = earlier.isEmpty() ? null : Duration.between(earlier.get(0).toInstant(), at).toDays();
        ZonedDateTime local = at.atZone(zone);
        Instant startOfDay = local.toLocalDate().atStartOfDay(zone).toInstant();
        Instant startOfMonth = local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        Long accountId = MemberAccounts.idOf(entityManager, PointsAccount.class, snapshot.getCustomerId());
        long today = earnedSince(accountId, startOfDay);
        long thisMonth = earnedSince(accountId, startOfMonth);
        return new CustomerHistory(standing.tierCode(snapshot.getCustomerId()), earlier.size(), inLast30Days, daysSince, today, Math.max(thisMonth, today), zone)
                .withSegments(standing.segmentCodes(snapshot.getCustomerId()));
    }

    /** Points the account's orders earned since then; read by the account's id, on the account's index. */
    private long earnedSince(Long accountId, Instant since) {
        if (accountId == null) {
            return 0;
        }
        Number sum = (Number) entityManager.createQuery("select coalesce(sum(e.points), 0) from PointsEntry e"
                + " where e.accountId = :account and e.type = :earn and e.source = :order and e.createdAt >= :since")
                .setParameter("account", accountId)
                .setParameter("earn", EntryType.EARN)
                .setParameter("order", EntrySource.ORDER)
                .setParameter("since", Date.from(since))
                .getSingleResult();
        return sum.longValue();
    }

    private static ClubOrderLine lineOf(List<ClubOrderLine> lines, Long orderItemId, long orderId) {
        for (ClubOrderLine line : lines) {
            if (line.getLineId().equals(orderItemId)) {
                return line;
            }
        }
        throw new LoyaltyException("invalid_return", "order " + orderId + " has no line " + orderItemId);
    }

    private static String describe(EarningBreakdown breakdown) {
        StringBuilder text = new StringBuilder();
        for (BreakdownItem item : breakdown.getItems()) {
            String line = item.getPoints() + "|" + item.getReason().replace('\n', ' ') + "\n";
            if (text.length() + line.length() > 4000) {
                break;
            }
            text.append(line);
        }
        return text.toString();
    }

    public void setLedger(PointsLedger ledger) {
        this.ledger = ledger;
    }

    public void setCashBack(OrderCashBack cashBack) {
        this.cashBack = cashBack;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setStanding(MemberStanding standing) {
        this.standing = standing;
    }
}
