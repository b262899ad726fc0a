package io.loyaltyclub.credit;

import static io.loyaltyclub.ledger.PointsLedger.requireKey;
import static io.loyaltyclub.ledger.PointsLedger.requireText;

import java.math.BigDecimal;
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
import io.loyaltyclub.ledger.Bucket;
import io.loyaltyclub.ledger.Lot;
import io.loyaltyclub.ledger.LotAllocation;
import io.loyaltyclub.ledger.MemberAccounts;
import io.loyaltyclub.ledger.MemberDirectory;

/**
 * The one writer of store-credit accounts. Every change is an append-only {@link CreditEntry} with a unique
 * idempotency key, booked on the account's balances in the same transaction, under a row lock on the account (an
 * update of its row), so concurrent checkouts of one member can neither double-issue nor overspend. Replaying a
 * request with its key returns the first entry ({@link CreditPosting#isReplay()}); the same key for another change
 * is refused ({@code idempotency_key_reused}).
 *
 * <p><b>Money.</b> Amounts are {@link BigDecimal}s at the scale of the account's currency; an amount with more
 * decimals is refused, never rounded ({@link CreditAmounts}). An account holds one currency, that of its first
 * entry; an entry in another is refused ({@code currency_mismatch}). Credit never goes negative.</p>
 *
 * <p><b>Lots.</b> Every issue (and positive adjustment) is a lot: pending until its {@code availableAt}, then
 * available until its {@code expiresAt} (none: it never expires). A spend takes from the soonest-expiring lots
 * first, lots that never expire last, then the oldest, and records which lots it took from. Each write first
 * settles the account: due pending lots are released and lots past their expiry expire.</p>
 *
 * <p><b>Reversals</b> ({@link #reverse}). The reversals of one entry never add up to more than the entry
 * ({@code reversal_exceeds_entry}).</p>
 * <ul>
 * <li>Of a spend: a REFUND gives the credit back to the lots the spend took from. What belonged to lots that have
 * expired meanwhile is not lost: it becomes a new lot on the refund, valid for the program's reversal grace
 * days.</li>
 * <li>Of an issue or a positive adjustment: a REVOKE takes the credit back, first from what is left of that lot,
 * then (when the member already spent part of it) from the member's other available lots in spending order. What
 * the lot lost to expiry is gone already and is not taken again (recorded as already expired). What still cannot
 * be taken because the member spent it is recorded on the revoke as unrecovered: credit never goes negative, the
 * club forgoes that part.</li>
 * </ul>
 */
public class CreditLedger {

    static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PlatformTransactionManager transactionManager;
    private MemberDirectory memberDirectory;
    private Clock clock = Clock.systemUTC();
    private LedgerEvents events;
    private CreditSettings settings;

    // --- writes ----------------------------------------------------------------------------------------------

    /** Gives credit: a lot, pending until {@code availableAt} when that is in the future. */
    public CreditPosting issue(final CreditIssue issue) {
        final int scale = CreditAmounts.scaleOf(issue.currencyCode);
        final long units = CreditAmounts.requirePositive(issue.amount, scale);
        requireKey(issue.idempotencyKey);
        requireText(issue.reason, "reason", false);
        if (issue.source == null) {
            throw new LoyaltyException("invalid_source", "an issue needs a source");
        }
        if (issue.expiresAt != null && issue.availableAt != null && !issue.expiresAt.isAfter(issue.availableAt)) {
            throw new LoyaltyException("invalid_expiry", "credit cannot expire (" + issue.expiresAt
                    + ") before it becomes available (" + issue.availableAt + ")");
        }
        Predicate<CreditEntry> sameRequest = sameAs(CreditEntryType.ISSUE, units, issue.currencyCode);
        return write(issue.customerId, issue.currencyCode, true, issue.idempotencyKey, sameRequest, (account, now) -> {
            Instant availableAt = issue.availableAt == null || !issue.availableAt.isAfter(now) ? now : issue.availableAt;
            Bucket bucket = availableAt.isAfter(now) ? Bucket.PENDING : Bucket.AVAILABLE;
            BigDecimal amount = CreditAmounts.amount(units, scale);
            CreditEntry entry = newEntry(account, CreditEntryType.ISSUE, bucket, amount, issue.source,
                    issue.idempotencyKey, now).forOrder(issue.orderId).because(issue.reason, null)
                    .asLot(bucket, amount, Date.from(availableAt), issue.expiresAt == null ? null : Date.from(issue.expiresAt));
            return book(account, entry);
        });
    }

    /** Uses credit: takes it from the lots, soonest-expiring first (never-expiring last), then the oldest. */
    public CreditPosting spend(final CreditSpend spend) {
        final int scale = CreditAmounts.scaleOf(spend.currencyCode);
        final long units = CreditAmounts.requirePositive(spend.amount, scale);
        requireKey(spend.idempotencyKey);
        requireText(spend.reason, "reason", false);
        Predicate<CreditEntry> sameRequest = sameAs(CreditEntryType.SPEND, -units, spend.currencyCode);
        return write(spend.customerId, spend.currencyCode, false, spend.idempotencyKey, sameRequest, (account, now) -> {
            CreditEntry entry = newEntry(account, CreditEntryType.SPEND, Bucket.AVAILABLE,
                    CreditAmounts.amount(-units, scale), spend.source, spend.idempotencyKey, now)
                    .forOrder(spend.orderId).because(spend.reason, null);
            return takeFromLots(account, entry, units, scale, now);
        });
    }

    /**
     * Undoes {@code amount} of an earlier entry: of an ISSUE or a positive ADJUST it takes the credit back (REVOKE:
     * a cancelled or returned order); of a SPEND it gives the credit back (REFUND: a refund, a checkout rolled
     * back). See the class comment for credit already spent and lots expired meanwhile.
     */
    public CreditPosting reverse(final long entryId, final BigDecimal amount, final String reason,
            final String idempotencyKey) {
        requireKey(idempotencyKey);
        requireText(reason, "reason", false);
        final CreditEntry original = findEntry(entryId);
        final int scale = CreditAmounts.scaleOf(original.getCurrencyCode());
        final long units = CreditAmounts.requirePositive(amount, scale);
        final boolean revokes = original.getType() == CreditEntryType.ISSUE
                || (original.getType() == CreditEntryType.ADJUST && original.getAmount().signum() > 0);
        if (!revokes && original.getType() != CreditEntryType.SPEND) {
            throw new LoyaltyException("not_reversible", "entry " + entryId + " (" + original.getType()
                    + ") cannot be reversed; post an adjustment instead");
        }
        final CreditEntryType type = revokes ? CreditEntryType.REVOKE : CreditEntryType.REFUND;
        Predicate<CreditEntry> sameRequest = e -> e.getType() == type && Long.valueOf(entryId).equals(e.getRefersToEntryId())
                && CreditAmounts.units(e.getReversedAmount(), scale) == units;
        long customerId = customerOf(original.getAccountId());
        return write(customerId, null, false, idempotencyKey, sameRequest, (account, now) -> {
            long left = reversibleUnits(original, scale);
            if (units > left) {
                throw new LoyaltyException("reversal_exceeds_entry", "entry " + entryId + " has "
                        + CreditAmounts.amount(left, scale) + " left to reverse, " + amount.toPlainString() + " was asked");
            }
            return revokes ? revoke(account, original, units, scale, reason, idempotencyKey, now)
                    : refund(account, original, units, scale, reason, idempotencyKey, now);
        });
    }

    /**
     * An admin's correction, plus or minus, with a mandatory reason and the admin's name. A positive adjustment is
     * an available lot that never expires; a negative one takes from the lots in spending order and may not take
     * more than is available.
     */
    public CreditPosting adjust(final long customerId, final BigDecimal amount, final String currencyCode,
            final String reason, final String actor, final String idempotencyKey) {
        final int scale = CreditAmounts.scaleOf(currencyCode);
        if (amount == null || amount.signum() == 0) {
            throw new LoyaltyException("invalid_amount", "an adjustment must add or take some credit");
        }
        final long units = CreditAmounts.requirePositive(amount.abs(), scale);
        final long signed = amount.signum() * units;
        requireKey(idempotencyKey);
        requireText(reason, "reason", true);
        requireText(actor, "actor", true);
        Predicate<CreditEntry> sameRequest = sameAs(CreditEntryType.ADJUST, signed, currencyCode);
        return write(customerId, currencyCode, signed > 0, idempotencyKey, sameRequest, (account, now) -> {
            CreditEntry entry = newEntry(account, CreditEntryType.ADJUST, Bucket.AVAILABLE,
                    CreditAmounts.amount(signed, scale), CreditSource.ADMIN, idempotencyKey, now)
                    .because(reason.trim(), actor.trim());
            if (signed > 0) {
                entry.asLot(Bucket.AVAILABLE, entry.getAmount(), Date.from(now), null);
                return book(account, entry);
            }
            return takeFromLots(account, entry, units, scale, now);
        });
    }

    /** Releases the member's pending lots whose time has come; returns the amount that became available. */
    public BigDecimal releaseDue(final long customerId) {
        return settleAlone(customerId, true);
    }

    /**
     * Expires what the member's lots hold past their expiry; returns the amount expired (zero when there was
     * nothing to do, e.g. a sweep resumed after a crash reaching an account it already swept).
     */
    public BigDecimal expireDue(final long customerId) {
        return settleAlone(customerId, false);
    }

    private BigDecimal settleAlone(final long customerId, final boolean released) {
        if (accountIdOf(customerId) == null) {
            return BigDecimal.ZERO;
        }
        return transaction().execute(status -> {
            CreditAccount account = lock(customerId);
            BigDecimal before = released ? account.getPending() : account.getExpired();
            settle(account, clock.instant());
            entityManager.flush();
            return released ? before.subtract(account.getPending()) : account.getExpired().subtract(before);
        });
    }

    // --- reads -----------------------------------------------------------------------------------------------

    /** The member's balances: one SQL statement, however long the history; read as values (fresh). */
    public CreditBalance balance(long customerId) {
        List<CreditBalance> found = entityManager.createQuery("select new io.loyaltyclub.credit.CreditBalance("
                + "a.customerId, a.currencyCode, a.available, a.pending, a.lifetimeIssued, a.spent, a.expired,"
                + " a.unrecovered) from CreditAccount a where a.customerId = :customerId", CreditBalance.class)
                .setParameter("customerId", customerId)
                .getResultList();
        return found.isEmpty() ? CreditBalance.empty(customerId) : found.get(0);
    }

    /**
     * A page of the member's history, newest first: the {@code limit} entries older than {@code beforeEntryId}
     * ({@code null}: the newest). Keyset paging on the account's index; never loads the whole history.
     */
    public List<CreditEntry> history(long customerId, Long beforeEntryId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new LoyaltyException("invalid_page_size", "a page holds 1 to " + MAX_PAGE + " entries, " + limit
                    + " were asked");
        }
        Long accountId = accountIdOf(customerId);
        if (accountId == null) {
            return new ArrayList<CreditEntry>();
        }
        return entityManager.createQuery("select e from CreditEntry e where e.accountId = :accountId"
                + " and e.id < :before order by e.id desc", CreditEntry.class)
                .setParameter("accountId", accountId)
                .setParameter("before", beforeEntryId == null ? Long.MAX_VALUE : beforeEntryId)
                .setMaxResults(limit)
                .getResultList();
    }

    public CreditEntry findEntryByKey(String idempotencyKey) {
        List<CreditEntry> found = entityManager
                .createQuery("select e from CreditEntry e where e.idempotencyKey = :key", CreditEntry.class)
                .setParameter("key", idempotencyKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The entry's amount (without sign) less what its refunds or revokes already covered. */
    public BigDecimal reversibleLeft(long entryId) {
        CreditEntry entry = findEntry(entryId);
        int scale = CreditAmounts.scaleOf(entry.getCurrencyCode());
        return CreditAmounts.amount(reversibleUnits(entry, scale), scale);
    }

    /** The order's entries (issues, spends, their reversals, releases and expiries of its lots), oldest first. */
    public List<CreditEntry> orderEntries(long orderId) {
        return entityManager.createQuery("select e from CreditEntry e where e.orderId = :orderId order by e.id",
                CreditEntry.class).setParameter("orderId", orderId).getResultList();
    }

    // --- the write path --------------------------------------------------------------------------------------

    private interface Posting {
        CreditEntry post(CreditAccount lockedAccount, Instant now);
    }

    private static Predicate<CreditEntry> sameAs(CreditEntryType type, long signedUnits, String currencyCode) {
        return e -> e.getType() == type && e.getCurrencyCode().equals(currencyCode)
                && CreditAmounts.units(e.getAmount(), CreditAmounts.scaleOf(currencyCode)) == signedUnits;
    }

    /**
     * Runs one change under the account's lock. {@code currencyCode} (when given) must be the account's, or
     * becomes it with the first entry; {@code opensAccount}: the change may create the member's account, otherwise
     * a member without one has nothing to take from.
     */
    private CreditPosting write(final long customerId, final String currencyCode, boolean opensAccount, final String key,
            final Predicate<CreditEntry> sameRequest, final Posting posting) {
        if (opensAccount) {
            ensureAccount(customerId);
        } else if (accountIdOf(customerId) == null) {
            accounts().requireMember(customerId);
            throw new LoyaltyException("insufficient_credit", "customer " + customerId + " has no store credit");
        }
        return transaction().execute(status -> {
            CreditAccount account = lock(customerId);
            CreditEntry earlier = findEntryByKey(key);
            if (earlier != null) {
                if (earlier.getAccountId() != account.getId() || !sameRequest.test(earlier)) {
                    throw new LoyaltyException("idempotency_key_reused", "the key " + key
                            + " was already used for a different change (entry " + earlier.getId() + ")");
                }
                return new CreditPosting(earlier, CreditBalance.of(account), true);
            }
            if (currencyCode != null) {
                account.requireCurrency(currencyCode);
            }
            Instant now = clock.instant();
            settle(account, now);
            CreditEntry entry = posting.post(account, now);
            entityManager.flush();
            return new CreditPosting(entry, CreditBalance.of(account), false);
        });
    }

    private void ensureAccount(final long customerId) {
        accounts().ensure(customerId, () -> new CreditAccount(customerId, Date.from(clock.instant())));
    }

    private CreditAccount lock(long customerId) {
        return accounts().lock(customerId);
    }

    /** Releases due pending lots, then expires lots past their expiry. */
    private void settle(CreditAccount account, Instant now) {
        if (account.getCurrencyCode() == null) {
            return;
        }
        int scale = CreditAmounts.scaleOf(account.getCurrencyCode());
        CreditLots lots = lots(scale);
        for (Lot lot : lots.dueForRelease(account.getId(), now)) {
            CreditEntry release = newEntry(account, CreditEntryType.RELEASE, Bucket.AVAILABLE,
                    CreditAmounts.amount(lot.getRemaining(), scale), CreditSource.SYSTEM, "release:" + lot.getId(), now)
                    .concerning(lot.getId()).forOrder(orderOf(lot.getId()));
            book(account, release);
            lots.release(lot.getId());
        }
        for (Lot lot : lots.dueForExpiry(account.getId(), now)) {
            CreditEntry expiry = newEntry(account, CreditEntryType.EXPIRE, Bucket.AVAILABLE,
                    CreditAmounts.amount(-lot.getRemaining(), scale), CreditSource.SYSTEM, "expire:" + lot.getId(), now)
                    .concerning(lot.getId()).forOrder(orderOf(lot.getId()));
            book(account, expiry);
            allocate(expiry, Collections.singletonMap(lot.getId(), lot.getRemaining()), scale);
        }
    }

    /** Books a spend or negative adjustment of {@code units} and takes them from the lots in spending order. */
    private CreditEntry takeFromLots(CreditAccount account, CreditEntry entry, long units, int scale, Instant now) {
        long available = CreditAmounts.units(account.getAvailable(), scale);
        if (units > available) {
            throw new LoyaltyException("insufficient_credit", "customer " + account.getCustomerId() + " has "
                    + account.getAvailable() + " " + account.getCurrencyCode() + " available, "
                    + CreditAmounts.amount(units, scale) + " was asked");
        }
        book(account, entry);
        allocate(entry, LotAllocation.take(units, lots(scale).spendable(account.getId(), now)), scale);
        return entry;
    }

    private CreditEntry revoke(CreditAccount account, CreditEntry original, long units, int scale, String reason,
            String key, Instant now) {
        CreditLots lots = lots(scale);
        Bucket lotBucket = lots.bucket(original.getId());
        Map<Long, Long> taken = new LinkedHashMap<Long, Long>();
        long fromLot = Math.min(units, lots.remaining(original.getId()));
        if (fromLot > 0) {
            taken.put(original.getId(), fromLot);
        }
        long missing = units - fromLot;
        // What the lot lost to expiry is gone already: revoking it takes nothing more from the member.
        long alreadyExpired = Math.min(missing, expiredFromLot(original.getId(), scale));
        missing -= alreadyExpired;
        if (missing > 0 && lotBucket == Bucket.AVAILABLE) {
            List<Lot> others = new ArrayList<Lot>();
            for (Lot lot : lots.spendable(account.getId(), now)) {
                if (lot.getId() != original.getId()) {
                    others.add(lot);
                }
            }
            for (Map.Entry<Long, Long> part : LotAllocation.takeAtMost(missing, others).entrySet()) {
                taken.put(part.getKey(), part.getValue());
                missing -= part.getValue();
            }
        }
        long unrecovered = missing;
        long takenUnits = units - alreadyExpired - unrecovered;
        CreditEntry entry = newEntry(account, CreditEntryType.REVOKE, lotBucket == Bucket.PENDING ? Bucket.PENDING
                : Bucket.AVAILABLE, CreditAmounts.amount(-takenUnits, scale), original.getSource(), key, now)
                .because(reason, null)
                .reversing(original, CreditAmounts.amount(unrecovered, scale), CreditAmounts.amount(alreadyExpired, scale));
        book(account, entry);
        allocate(entry, taken, scale);
        return entry;
    }

    private CreditEntry refund(CreditAccount account, CreditEntry spend, long units, int scale, String reason,
            String key, Instant now) {
        CreditLots lots = lots(scale);
        CreditEntry entry = newEntry(account, CreditEntryType.REFUND, Bucket.AVAILABLE, CreditAmounts.amount(units, scale),
                spend.getSource(), key, now).because(reason, null).reversing(spend, BigDecimal.ZERO, BigDecimal.ZERO);
        // Refill the lots the spend took from while they are valid; what belonged to lots that expired since stays
        // on this refund as a lot of its own, valid for the grace period.
        long left = units;
        long forExpiredLots = 0;
        Map<Long, Long> refills = new LinkedHashMap<Long, Long>();
        for (Map.Entry<Long, Long> part : outstandingAllocations(spend.getId(), scale).entrySet()) {
            if (left == 0) {
                break;
            }
            long back = Math.min(left, part.getValue());
            left -= back;
            Date expiresAt = lots.expiresAt(part.getKey());
            if (expiresAt != null && !expiresAt.toInstant().isAfter(now)) {
                forExpiredLots += back;
            } else {
                refills.put(part.getKey(), -back);
            }
        }
        if (forExpiredLots > 0) {
            entry.asLot(Bucket.AVAILABLE, CreditAmounts.amount(forExpiredLots, scale), Date.from(now),
                    Date.from(now.plus(Duration.ofDays(settings.reversalGraceDays()))));
        }
        book(account, entry);
        allocate(entry, refills, scale);
        return entry;
    }

    /**
     * Records which lots an entry took from (positive) or gave back to (negative) and changes the lots to match.
     */
    private void allocate(CreditEntry entry, Map<Long, Long> parts, int scale) {
        entityManager.flush();
        CreditLots lots = lots(scale);
        for (Map.Entry<Long, Long> part : parts.entrySet()) {
            long units = part.getValue();
            if (units > 0) {
                lots.take(part.getKey(), units);
            } else {
                lots.giveBack(part.getKey(), -units);
            }
            entityManager.persist(new CreditAllocation(entry.getId(), part.getKey(), CreditAmounts.amount(units, scale)));
        }
    }

    /** What each lot of a spend still has outstanding: taken, less what its refunds already gave back. */
    private Map<Long, Long> outstandingAllocations(long spendId, int scale) {
        List<Object[]> rows = entityManager.createQuery("select a.lotId, sum(a.amount) from CreditAllocation a"
                + " where a.entryId = :spend or a.entryId in"
                + " (select r.id from CreditEntry r where r.refersToEntryId = :spend and r.type = :refund)"
                + " group by a.lotId order by min(a.id)", Object[].class)
                .setParameter("spend", spendId)
                .setParameter("refund", CreditEntryType.REFUND)
                .getResultList();
        Map<Long, Long> outstanding = new LinkedHashMap<Long, Long>();
        for (Object[] row : rows) {
            long left = CreditAmounts.units((BigDecimal) row[1], scale);
            if (left > 0) {
                outstanding.put((Long) row[0], left);
            }
        }
        return outstanding;
    }

    /** |amount| of the entry less what its refunds or revokes covered (taken, unrecovered and already expired). */
    private long reversibleUnits(CreditEntry entry, int scale) {
        Object[] sums = entityManager.createQuery("select sum(abs(r.amount)), sum(r.unrecovered), sum(r.alreadyExpired)"
                + " from CreditEntry r where r.refersToEntryId = :id and r.type in (:refund, :revoke)", Object[].class)
                .setParameter("id", entry.getId())
                .setParameter("refund", CreditEntryType.REFUND)
                .setParameter("revoke", CreditEntryType.REVOKE)
                .getSingleResult();
        long covered = 0;
        for (Object sum : sums) {
            covered += sum == null ? 0 : CreditAmounts.units((BigDecimal) sum, scale);
        }
        return CreditAmounts.units(entry.getAmount().abs(), scale) - covered;
    }

    /** What the lot lost to expiry and earlier revokes of it have not yet counted as already expired. */
    private long expiredFromLot(long lotId, int scale) {
        BigDecimal expired = entityManager.createQuery("select sum(a.amount) from CreditAllocation a, CreditEntry e"
                + " where a.entryId = e.id and e.type = :expire and a.lotId = :lot", BigDecimal.class)
                .setParameter("expire", CreditEntryType.EXPIRE)
                .setParameter("lot", lotId)
                .getSingleResult();
        BigDecimal counted = entityManager.createQuery("select sum(r.alreadyExpired) from CreditEntry r"
                + " where r.refersToEntryId = :lot and r.type = :revoke", BigDecimal.class)
                .setParameter("lot", lotId)
                .setParameter("revoke", CreditEntryType.REVOKE)
                .getSingleResult();
        return (expired == null ? 0 : CreditAmounts.units(expired, scale))
                - (counted == null ? 0 : CreditAmounts.units(counted, scale));
    }

    private Long orderOf(long lotId) {
        return entityManager.createQuery("select e.orderId from CreditEntry e where e.id = :id", Long.class)
                .setParameter("id", lotId).getSingleResult();
    }

    private CreditLots lots(int scale) {
        return new CreditLots(entityManager, scale);
    }

    private CreditEntry book(CreditAccount account, CreditEntry entry) {
        entityManager.persist(entry);
        account.book(entry);
        if (events != null) {
            events.creditBooked(account, entry);
        }
        return entry;
    }

    private static CreditEntry newEntry(CreditAccount account, CreditEntryType type, Bucket bucket, BigDecimal amount,
            CreditSource source, String key, Instant now) {
        return new CreditEntry(account.getId(), type, bucket, amount, account.getCurrencyCode(), source, key, Date.from(now));
    }

    private CreditEntry findEntry(long entryId) {
        CreditEntry entry = entityManager.find(CreditEntry.class, entryId);
        if (entry == null) {
            throw new LoyaltyException("unknown_entry", "there is no credit entry " + entryId);
        }
        return entry;
    }

    private Long accountIdOf(long customerId) {
        return accounts().idOf(customerId);
    }

    private MemberAccounts<CreditAccount> accounts() {
        return new MemberAccounts<CreditAccount>(entityManager, transactionManager, memberDirectory, CreditAccount.class);
    }

    private long customerOf(long accountId) {
        return entityManager.createQuery("select a.customerId from CreditAccount a where a.id = :id", Long.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(transactionManager);
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

    public void setSettings(CreditSettings settings) {
        this.settings = settings;
    }
}
