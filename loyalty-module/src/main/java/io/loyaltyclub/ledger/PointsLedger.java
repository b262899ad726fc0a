package io.loyaltyclub.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.webhooks.LedgerEvents;

/**
 * The one writer of points accounts. Every change is an append-only {@link PointsEntry} with a unique
 * idempotency key, booked on the account's balances in the same transaction, under a row lock on the account,
 * so concurrent checkouts of one member can neither double-award nor overspend.
 *
 * <p>Each write first settles the account: pending lots whose return window has ended are released, and lots
 * past their expiry are expired, so a spend never uses points that are no longer valid.</p>
 */
public class PointsLedger {

    /** The largest number of points one entry may carry: far above any real award, far below overflow. */
    public static final long MAX_POINTS_PER_ENTRY = 1000000000L;
    static final int MAX_KEY_LENGTH = 191;
    static final int MAX_REASON_LENGTH = 1000;

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PlatformTransactionManager transactionManager;
    private MemberDirectory memberDirectory;
    private Clock clock = Clock.systemUTC();
    private LedgerEvents events;
    private LedgerSettings settings;

    // --- writes ----------------------------------------------------------------------------------------------

    public PointsPosting earn(final Earning earning) {
        requirePoints(earning.points);
        requireKey(earning.idempotencyKey);
        requireText(earning.reason, "reason", false);
        if (earning.expiresAt != null && earning.availableAt != null && !earning.expiresAt.isAfter(earning.availableAt)) {
            throw new LoyaltyException("invalid_expiry", "points cannot expire (" + earning.expiresAt
                    + ") before they become available (" + earning.availableAt + ")");
        }
        Predicate<PointsEntry> sameRequest = e -> e.getType() == EntryType.EARN && e.getPoints() == earning.points;
        return write(earning.customerId, earning.idempotencyKey, sameRequest, (account, now) -> {
            Instant availableAt = earning.availableAt == null || !earning.availableAt.isAfter(now) ? now : earning.availableAt;
            Bucket bucket = availableAt.isAfter(now) ? Bucket.PENDING : Bucket.AVAILABLE;
            PointsEntry entry = newEntry(account, EntryType.EARN, bucket, earning.points, earning.source,
                    earning.idempotencyKey, now)
                    .from(earning.sourceRef, earning.orderId, earning.currencyCode, earning.exchangeRate)
                    .because(earning.reason, null);
            long lotCredit = bucket == Bucket.AVAILABLE ? afterDebt(account, earning.points) : earning.points;
            entry.asLot(bucket, lotCredit, Date.from(availableAt), date(earning.expiresAt))
                    .expiringAfterInactivity(earning.inactivityMonths);
            return book(account, entry);
        });
    }

    public PointsPosting redeem(final Redemption redemption) {
        requirePoints(redemption.points);
        requireKey(redemption.idempotencyKey);
        requireText(redemption.reason, "reason", false);
        Predicate<PointsEntry> sameRequest = e -> e.getType() == EntryType.REDEEM && e.getPoints() == -redemption.points;
        return write(redemption.customerId, redemption.idempotencyKey, sameRequest, (account, now) -> {
            requireAvailable(account, redemption.points);
            PointsEntry entry = newEntry(account, EntryType.REDEEM, Bucket.AVAILABLE, -redemption.points,
                    redemption.source, redemption.idempotencyKey, now)
                    .from(redemption.sourceRef, redemption.orderId, null, null)
                    .because(redemption.reason, null);
            book(account, entry);
            takeFromLots(entry, LotAllocation.take(redemption.points, lots().spendable(account.getId(), now)));
            return entry;
        });
    }

    /**
     * An admin's correction, plus or minus, with a mandatory reason and the admin's name. A positive adjustment
     * is a lot that never expires by date; a negative one takes from the lots in spending order and may not
     * take more than is available.
     */
    public PointsPosting adjust(final long customerId, final long points, final String reason, final String actor,
            final String idempotencyKey) {
        if (points == 0) {
            throw new LoyaltyException("invalid_points", "an adjustment must add or take at least one point");
        }
        requirePoints(Math.abs(points));
        requireKey(idempotencyKey);
        requireText(reason, "reason", true);
        requireText(actor, "actor", true);
        Predicate<PointsEntry> sameRequest = e -> e.getType() == EntryType.ADJUST && e.getPoints() == points;
        return write(customerId, idempotencyKey, sameRequest, (account, now) -> {
            PointsEntry entry = newEntry(account, EntryType.ADJUST, Bucket.AVAILABLE, points, EntrySource.ADMIN,
                    idempotencyKey, now).because(reason.trim(), actor.trim());
            if (points > 0) {
                entry.asLot(Bucket.AVAILABLE, afterDebt(account, points), Date.from(now), null);
                return book(account, entry);
            }
            requireAvailable(account, -points);
            book(account, entry);
            takeFromLots(entry, LotAllocation.take(-points, lots().spendable(account.getId(), now)));
            return entry;
        });
    }

    /**
     * Undoes {@code points} of an earlier entry: an earning or positive adjustment (a cancelled or returned
     * order) or a redemption (a refunded reward, a cancelled points payment). The reversals of one entry never
     * add up to more than the entry itself.
     */
    public PointsPosting reverse(final long entryId, final long points, final String reason, final String idempotencyKey) {
        requirePoints(points);
        requireKey(idempotencyKey);
        requireText(reason, "reason", false);
        final PointsEntry original = findEntry(entryId);
        final boolean takesBack = original.getType() == EntryType.EARN
                || (original.getType() == EntryType.ADJUST && original.getPoints() > 0);
        if (!takesBack && original.getType() != EntryType.REDEEM) {
            throw new LoyaltyException("not_reversible", "entry " + entryId + " (" + original.getType()
                    + ") cannot be reversed; post an adjustment instead");
        }
        Predicate<PointsEntry> sameRequest = e -> e.getType() == EntryType.REVERSE
                && entryId == e.getRefersToEntryId() && e.getReversedPoints() == points;
        return write(customerOf(original.getAccountId()), idempotencyKey, sameRequest, (account, now) -> {
            long left = Math.abs(original.getPoints()) - reversedSoFar(entryId);
            if (points > left) {
                throw new LoyaltyException("reversal_exceeds_entry", "entry " + entryId + " has " + left
                        + " points left to reverse, " + points + " were asked");
            }
            return takesBack ? takeBack(account, original, points, reason, idempotencyKey, now)
                    : giveBack(account, original, points, reason, idempotencyKey, now);
        });
    }

    /** Releases the member's pending lots whose return window has ended; returns how many points became available. */
    public long releaseDue(final long customerId) {
        if (accountIdOf(customerId) == null) {
            return 0;
        }
        return transaction().execute(status -> {
            PointsAccount account = lock(customerId);
            long pendingBefore = account.getPending();
            settle(account, clock.instant());
            entityManager.flush();
            return pendingBefore - account.getPending();
        });
    }

    /**
     * Expires what the member's lots hold past their expiry; returns the points expired (0 when there was
     * nothing to do, e.g. a sweep resumed after a crash reaching an account it already swept).
     */
    public long expireDue(final long customerId) {
        if (accountIdOf(customerId) == null) {
            return 0;
        }
        return transaction().execute(status -> {
            PointsAccount account = lock(customerId);
            long expiredBefore = account.getExpired();
            settle(account, clock.instant());
            entityManager.flush();
            return account.getExpired() - expiredBefore;
        });
    }

    /**
     * A privacy request: the member's account is marked erased and every free-text reason on its entries is
     * removed; the amounts stay, so the program's totals and the other members' figures do not change.
     * Returns how many entries were scrubbed.
     */
    public int erase(final long customerId) {
        return transaction().execute(status -> {
            Long accountId = accountIdOf(customerId);
            if (accountId == null) {
                return 0;
            }
            PointsAccount account = lock(customerId);
            account.markErased();
            return entityManager.createQuery("update PointsEntry e set e.reason = null where e.accountId = :accountId"
                    + " and e.reason is not null").setParameter("accountId", accountId).executeUpdate();
        });
    }

    // --- reads -----------------------------------------------------------------------------------------------

    /**
     * The member's balances: one SQL statement, however long the history. Read as values, so a copy of the
     * account an earlier call left in the request's persistence context never shows an old balance.
     */
    public PointsBalance balance(long customerId) {
        List<PointsBalance> found = entityManager.createQuery("select new io.loyaltyclub.ledger.PointsBalance("
                + "a.customerId, a.available, a.pending, a.lifetimeEarned, a.redeemed, a.expired, a.unrecovered,"
                + " a.lastActivityAt) from PointsAccount a where a.customerId = :customerId", PointsBalance.class)
                .setParameter("customerId", customerId)
                .getResultList();
        return found.isEmpty() ? PointsBalance.empty(customerId) : found.get(0);
    }

    /**
     * A page of the member's history, newest first: the {@code limit} entries older than {@code beforeEntryId}
     * ({@code null}: the newest). Keyset paging on the account's index; never loads the whole history.
     */
    public List<PointsEntry> history(long customerId, Long beforeEntryId, int limit) {
        if (limit < 1 || limit > 500) {
            throw new LoyaltyException("invalid_page_size", "a page holds 1 to 500 entries, " + limit + " were asked");
        }
        Long accountId = accountIdOf(customerId);
        if (accountId == null) {
            return new ArrayList<PointsEntry>();
        }
        return entityManager.createQuery("select e from PointsEntry e where e.accountId = :accountId"
                + " and e.id < :before order by e.id desc", PointsEntry.class)
                .setParameter("accountId", accountId)
                .setParameter("before", beforeEntryId == null ? Long.MAX_VALUE : beforeEntryId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * What an order has earned so far: its earnings, oldest first, each as {entry id, points, points reversed}.
     * Read as values (fresh from the database).
     */
    public List<long[]> orderEarnings(long orderId) {
        List<Object[]> earnings = entityManager.createQuery("select e.id, e.points from PointsEntry e"
                + " where e.orderId = :orderId and e.type = :earn order by e.id", Object[].class)
                .setParameter("orderId", orderId)
                .setParameter("earn", EntryType.EARN)
                .getResultList();
        List<long[]> result = new ArrayList<long[]>(earnings.size());
        for (Object[] earning : earnings) {
            long id = (Long) earning[0];
            result.add(new long[] {id, ((Number) earning[1]).longValue(), reversedSoFar(id)});
        }
        return result;
    }

    public PointsEntry findEntryByKey(String idempotencyKey) {
        List<PointsEntry> found = entityManager
                .createQuery("select e from PointsEntry e where e.idempotencyKey = :key", PointsEntry.class)
                .setParameter("key", idempotencyKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    // --- the write path --------------------------------------------------------------------------------------

    private interface Posting {
        PointsEntry post(PointsAccount lockedAccount, Instant now);
    }

    private PointsPosting write(final long customerId, final String key, final Predicate<PointsEntry> sameRequest,
            final Posting posting) {
        ensureAccount(customerId);
        return transaction().execute(status -> {
            PointsAccount account = lock(customerId);
            PointsEntry earlier = findEntryByKey(key);
            if (earlier != null) {
                if (!earlier.getAccountId().equals(account.getId()) || !sameRequest.test(earlier)) {
                    throw new LoyaltyException("idempotency_key_reused", "the key " + key
                            + " was already used for a different change (entry " + earlier.getId() + ")");
                }
                return new PointsPosting(earlier, PointsBalance.of(account), true);
            }
            Instant now = clock.instant();
            settle(account, now);
            PointsEntry entry = posting.post(account, now);
            entityManager.flush();
            return new PointsPosting(entry, PointsBalance.of(account), false);
        });
    }

    private void ensureAccount(final long customerId) {
        accounts().ensure(customerId, () -> new PointsAccount(customerId, Date.from(clock.instant())));
    }

    private PointsAccount lock(long customerId) {
        return accounts().lock(customerId);
    }

    /** Releases due pending lots, then expires lots past their expiry. */
    private void settle(PointsAccount account, Instant now) {
        for (Lot lot : lots().dueForRelease(account.getId(), now)) {
            long points = lot.getRemaining();
            long lotCredit = afterDebt(account, points);
            PointsEntry release = newEntry(account, EntryType.RELEASE, Bucket.AVAILABLE, points, EntrySource.SYSTEM,
                    "release:" + lot.getId(), now).concerning(lot.getId());
            book(account, release);
            lots().release(lot.getId(), points - lotCredit);
        }
        List<Lot> expiring = new ArrayList<Lot>(lots().dueForExpiry(account.getId(), now));
        if (account.getLastActivityAt() != null) {
            for (Integer months : lots().inactivityPeriods(account.getId())) {
                Instant cutoff = ExpiryPolicy.afterInactivity(months).inactivityCutoff(now, settings.shopZone());
                if (account.getLastActivityAt().toInstant().isBefore(cutoff)) {
                    expiring.addAll(lots().expiringAfterInactivity(account.getId(), months));
                }
            }
        }
        for (Lot lot : expiring) {
            PointsEntry expiry = newEntry(account, EntryType.EXPIRE, Bucket.AVAILABLE, -lot.getRemaining(),
                    EntrySource.SYSTEM, "expire:" + lot.getId(), now).concerning(lot.getId());
            book(account, expiry);
            takeFromLots(expiry, Collections.singletonMap(lot.getId(), lot.getRemaining()));
        }
    }

    private PointsEntry takeBack(PointsAccount account, PointsEntry original, long points, String reason, String key,
            Instant now) {
        Object[] state = lots().state(original.getId());
        long inLot = (Long) state[0];
        Bucket lotBucket = (Bucket) state[1];
        Map<Long, Long> taken = new LinkedHashMap<Long, Long>();
        long fromLot = Math.min(points, inLot);
        if (fromLot > 0) {
            taken.put(original.getId(), fromLot);
        }
        long missing = points - fromLot;
        // What the lot lost to expiry is gone already: reversing it takes nothing more from the member.
        long alreadyExpired = Math.min(missing, expiredFromLot(original.getId()) - expiredCoveredByReversals(original.getId()));
        missing -= alreadyExpired;
        if (missing > 0) {
            for (Map.Entry<Long, Long> part : LotAllocation.takeAtMost(missing, otherLots(account, original.getId(), now)).entrySet()) {
                taken.put(part.getKey(), part.getValue());
                missing -= part.getValue();
            }
        }
        long unrecovered = settings.shortfallPolicy() == ShortfallPolicy.FORFEIT ? missing : 0;
        long takenPoints = points - alreadyExpired - unrecovered;
        Bucket bucket = lotBucket == Bucket.PENDING ? Bucket.PENDING : Bucket.AVAILABLE;
        PointsEntry entry = newEntry(account, EntryType.REVERSE, bucket, -takenPoints, original.getSource(), key, now)
                .from(original.getSourceRef(), original.getOrderId(), original.getCurrencyCode(), original.getExchangeRate())
                .because(reason, null)
                .reversing(original, unrecovered, alreadyExpired);
        book(account, entry);
        takeFromLots(entry, taken);
        return entry;
    }

    private PointsEntry giveBack(PointsAccount account, PointsEntry redemption, long points, String reason, String key,
            Instant now) {
        PointsEntry entry = newEntry(account, EntryType.REVERSE, Bucket.AVAILABLE, points, redemption.getSource(), key, now)
                .from(redemption.getSourceRef(), redemption.getOrderId(), null, null)
                .because(reason, null)
                .reversing(redemption, 0, 0);
        long credit = afterDebt(account, points);
        // Refill the lots the redemption took from while they are valid; what belonged to lots that expired
        // since stays on this reversal as a lot of its own, valid for the grace period.
        long forExpiredLots = 0;
        Map<Long, Long> refills = new LinkedHashMap<Long, Long>();
        for (Map.Entry<Long, Long> part : outstandingAllocations(redemption.getId()).entrySet()) {
            if (credit == 0) {
                break;
            }
            long back = Math.min(credit, part.getValue());
            credit -= back;
            Date expiresAt = (Date) lots().state(part.getKey())[2];
            if (expiresAt != null && !expiresAt.toInstant().isAfter(now)) {
                forExpiredLots += back;
            } else {
                refills.put(part.getKey(), back);
            }
        }
        if (forExpiredLots > 0) {
            entry.asLot(Bucket.AVAILABLE, forExpiredLots, Date.from(now), Date.from(now.plus(Duration.ofDays(settings.reversalGraceDays()))));
        }
        book(account, entry);
        entityManager.flush();
        for (Map.Entry<Long, Long> refill : refills.entrySet()) {
            lots().giveBack(refill.getKey(), refill.getValue());
            entityManager.persist(new PointsAllocation(entry.getId(), refill.getKey(), -refill.getValue()));
        }
        return entry;
    }

    /** What each lot of a redemption still has outstanding: taken, less what its reversals already gave back. */
    private Map<Long, Long> outstandingAllocations(long redemptionId) {
        List<Object[]> rows = entityManager.createQuery("select a.lotId, sum(a.points) from PointsAllocation a"
                + " where a.entryId = :redemption or a.entryId in"
                + " (select r.id from PointsEntry r where r.refersToEntryId = :redemption and r.type = :reverse)"
                + " group by a.lotId order by min(a.id)", Object[].class)
                .setParameter("redemption", redemptionId)
                .setParameter("reverse", EntryType.REVERSE)
                .getResultList();
        Map<Long, Long> outstanding = new LinkedHashMap<Long, Long>();
        for (Object[] row : rows) {
            long left = ((Number) row[1]).longValue();
            if (left > 0) {
                outstanding.put((Long) row[0], left);
            }
        }
        return outstanding;
    }

    private long reversedSoFar(long entryId) {
        Object[] sums = entityManager.createQuery("select coalesce(sum(abs(r.points)), 0), coalesce(sum(r.unrecovered), 0),"
                + " coalesce(sum(r.alreadyExpired), 0) from PointsEntry r where r.refersToEntryId = :id and r.type = :reverse",
                Object[].class)
                .setParameter("id", entryId)
                .setParameter("reverse", EntryType.REVERSE)
                .getSingleResult();
        return ((Number) sums[0]).longValue() + ((Number) sums[1]).longValue() + ((Number) sums[2]).longValue();
    }

    private long expiredFromLot(long lotId) {
        return ((Number) entityManager.createQuery("select coalesce(sum(a.points), 0) from PointsAllocation a, PointsEntry e"
                + " where a.entryId = e.id and e.type = :expire and a.lotId = :lot")
                .setParameter("expire", EntryType.EXPIRE)
                .setParameter("lot", lotId)
                .getSingleResult()).longValue();
    }

    private long expiredCoveredByReversals(long lotId) {
        return ((Number) entityManager.createQuery("select coalesce(sum(r.alreadyExpired), 0) from PointsEntry r"
                + " where r.refersToEntryId = :lot and r.type = :reverse")
                .setParameter("lot", lotId)
                .setParameter("reverse", EntryType.REVERSE)
                .getSingleResult()).longValue();
    }

    /** Points of a new available credit left for its lot after paying what the member owes. */
    private static long afterDebt(PointsAccount account, long points) {
        long debt = account.getAvailable() < 0 ? -account.getAvailable() : 0;
        return points - Math.min(points, debt);
    }

    private static void requireAvailable(PointsAccount account, long points) {
        if (account.getAvailable() < points) {
            throw new LoyaltyException("insufficient_points", "customer " + account.getCustomerId() + " has "
                    + account.getAvailable() + " points available, " + points + " were asked");
        }
    }

    private List<Lot> otherLots(PointsAccount account, long exceptLotId, Instant now) {
        List<Lot> others = new ArrayList<Lot>();
        for (Lot lot : lots().spendable(account.getId(), now)) {
            if (lot.getId() != exceptLotId) {
                others.add(lot);
            }
        }
        return others;
    }

    private void takeFromLots(PointsEntry entry, Map<Long, Long> taken) {
        entityManager.flush();
        for (Map.Entry<Long, Long> part : taken.entrySet()) {
            lots().take(part.getKey(), part.getValue());
            entityManager.persist(new PointsAllocation(entry.getId(), part.getKey(), part.getValue()));
        }
    }

    private LotStore lots() {
        return new LotStore(entityManager);
    }

    private PointsEntry book(PointsAccount account, PointsEntry entry) {
        entityManager.persist(entry);
        account.book(entry);
        if (events != null) {
            events.pointsBooked(account, entry);
        }
        return entry;
    }

    private static PointsEntry newEntry(PointsAccount account, EntryType type, Bucket bucket, long points,
            EntrySource source, String key, Instant now) {
        return new PointsEntry(account.getId(), type, bucket, points, source, key, Date.from(now));
    }

    private PointsEntry findEntry(long entryId) {
        PointsEntry entry = entityManager.find(PointsEntry.class, entryId);
        if (entry == null) {
            throw new LoyaltyException("unknown_entry", "there is no ledger entry " + entryId);
        }
        return entry;
    }

    private Long accountIdOf(long customerId) {
        return accounts().idOf(customerId);
    }

    private MemberAccounts<PointsAccount> accounts() {
        return new MemberAccounts<PointsAccount>(entityManager, transactionManager, memberDirectory, PointsAccount.class);
    }

    private long customerOf(long accountId) {
        return entityManager.createQuery("select a.customerId from PointsAccount a where a.id = :id", Long.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(transactionManager);
    }

    // --- validation ------------------------------------------------------------------------------------------

    static void requirePoints(long points) {
        if (points <= 0) {
            throw new LoyaltyException("invalid_points", "points must be positive, was " + points);
        }
        if (points > MAX_POINTS_PER_ENTRY) {
            throw new LoyaltyException("invalid_points", "one entry carries at most " + MAX_POINTS_PER_ENTRY
                    + " points, was " + points);
        }
    }

    public static void requireKey(String key) {
        if (key == null || key.trim().isEmpty()) {
            throw new LoyaltyException("missing_idempotency_key", "every ledger change needs an idempotency key");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new LoyaltyException("invalid_idempotency_key", "idempotency keys are at most " + MAX_KEY_LENGTH
                    + " characters");
        }
    }

    public static void requireText(String text, String what, boolean mandatory) {
        if (mandatory && (text == null || text.trim().isEmpty())) {
            throw new LoyaltyException(what + "_required", "a " + what + " is required");
        }
        if (text != null && text.length() > MAX_REASON_LENGTH) {
            throw new LoyaltyException("invalid_" + what, "a " + what + " is at most " + MAX_REASON_LENGTH + " characters");
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    // --- configuration ---------------------------------------------------------------------------------------

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setMemberDirectory(MemberDirectory memberDirectory) {
        this.memberDirectory = memberDirectory;
    }

    /** Where booked entries are announced (the event outbox, same transaction); none: not announced. */
    public void setEvents(LedgerEvents events) {
        this.events = events;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setSettings(LedgerSettings settings) {
        this.settings = settings;
    }
}
