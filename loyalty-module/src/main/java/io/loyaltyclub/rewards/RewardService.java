package io.loyaltyclub.rewards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeIssue;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditIssue;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.credit.CreditSource;
import io.loyaltyclub.ledger.EntrySource;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.PointsPosting;
import io.loyaltyclub.ledger.Redemption;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.RequestMemo;
import io.loyaltyclub.rewards.rules.RewardAvailability;
import io.loyaltyclub.rewards.rules.RewardState;
import io.loyaltyclub.standing.SegmentService;

/**
 * The rewards catalogue: rewards the merchant defines, what each member may redeem, and redeeming.
 *
 * <p>Redeeming is one transaction: the reward's row is locked by counting the redemption against its stock
 * ({@code REDEEMED = REDEEMED + 1 ... AND REDEEMED < STOCK}), the member's limit and the month's budget are
 * checked under that lock, the points are spent, and what the reward gives is created (a personal code, store
 * credit, a gift to send). If any step fails nothing is kept: no points spent, no stock or budget used. Two
 * members racing for the last item or the last of the budget wait for each other; the second is refused.
 * Idempotent per request key: the same key gives back the first redemption.</p>
 */
public class RewardService {

    /** Redemptions that no longer count against a member's limit. */
    private static final List<RewardStatus> GIVEN_BACK = Arrays.asList(RewardStatus.CANCELLED, RewardStatus.REVERSED);

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PointsLedger pointsLedger;
    private CreditLedger creditLedger;
    private CodeStore codes;
    private ProgramService program;
    private MemberStandingLookup standing = new NoMemberStanding();
    private SegmentService segments;
    private Clock clock = Clock.systemUTC();

    /** Adds a reward to the catalogue; a code reward gets its code campaign (and the shop's offer) now. */
    @Transactional("blTransactionManager")
    public Reward define(Reward reward) {
        if (reward.getName() == null || reward.getName().trim().isEmpty() || reward.getPointsPrice() < 1
                || reward.getKind() == null) {
            throw new LoyaltyException("invalid_reward", "a reward needs a name, a kind and a price of at least 1 point");
        }
        if (reward.getKind() == RewardKind.STORE_CREDIT && (reward.getCurrencyCode() == null || reward.getValue().signum() <= 0)) {
            throw new LoyaltyException("invalid_reward", "a store-credit reward needs an amount and a currency");
        }
        if (reward.getKind() == RewardKind.EVENT_INVITATION && (reward.getStock() == null || reward.getStock() < 1)) {
            throw new LoyaltyException("invalid_reward", "an event invitation needs its number of places (the stock)");
        }
        if (reward.getKind() == RewardKind.EARLY_ACCESS && (reward.getCategoryId() == null || reward.getUnlocksTag() == null
                || reward.getUnlocksTag().isEmpty() || reward.getUnlocksTag().length() > 64)) {
            throw new LoyaltyException("invalid_reward", "an early access reward needs its hidden category and a tag of up to 64 characters");
        }
        if (reward.getKind().givesCode() && reward.discount() == null) {
            throw new LoyaltyException("invalid_reward", "a code reward needs a discount");
        }
        reward.created(Date.from(clock.instant()));
        entityManager.persist(reward);
        entityManager.flush();
        if (reward.getKind().givesCode()) {
            reward.sellsCodesOf(codes.createCampaign(CampaignRequest.of(reward.getName(), "REWARD", reward.discount())
                    .key("reward:" + reward.getId())).getId());
        }
        return reward;
    }

    /** The whole catalogue, available or not (for the admin's list), as copies to change and pass to {@link #update}. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Reward> rewards() {
        List<Reward> rewards = entityManager.createQuery("select r from Reward r order by r.id", Reward.class)
                .getResultList();
        for (Reward reward : rewards) {
            entityManager.refresh(reward);
            entityManager.detach(reward);
        }
        return rewards;
    }

    /**
     * Saves the changes of a reward in the catalogue (its terms, name, price, availability); what it gives (its
     * kind, its code campaign) stays as defined. Redemptions made before keep what they got.
     */
    @Transactional("blTransactionManager")
    public Reward update(Reward reward) {
        if (reward.getId() == null) {
            throw new IllegalArgumentException("define a new reward with define(reward)");
        }
        if (reward.getName() == null || reward.getName().trim().isEmpty() || reward.getPointsPrice() < 1) {
            throw new LoyaltyException("invalid_reward", "a reward needs a name and a price of at least 1 point");
        }
        Reward current = entityManager.find(Reward.class, reward.getId());
        if (current == null) {
            throw new LoyaltyException("unknown_reward", "no reward " + reward.getId());
        }
        // Locked and read afresh: redemptions count against the stock under this lock, and their count stays theirs.
        entityManager.refresh(current, LockModeType.PESSIMISTIC_WRITE);
        current.takeTermsOf(reward);
        return current;
    }

    public Reward reward(long rewardId) {
        Reward reward = entityManager.find(Reward.class, rewardId);
        if (reward == null) {
            throw new LoyaltyException("unknown_reward", "no reward " + rewardId);
        }
        entityManager.refresh(reward);
        return reward;
    }

    /** The active rewards, each available to the member or not (and why). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CatalogueEntry> catalogue(long customerId) {
        Instant now = clock.instant();
        List<CatalogueEntry> entries = new ArrayList<CatalogueEntry>();
        List<Reward> rewards = entityManager.createQuery(
                "SELECT r FROM Reward r WHERE r.active = true ORDER BY r.pointsPrice, r.id", Reward.class).getResultList();
        if (rewards.isEmpty()) {
            return entries;
        }
        // What is the same for every reward is read once, the month's budgets and the member's redemptions in one
        // statement each: a fixed number of statements however long the catalogue.
        String tier = standing.tierCode(customerId);
        Set<String> segments = standing.segmentCodes(customerId);
        long available = pointsLedger.balance(customerId).getAvailable();
        Map<Long, Object[]> budgets = new HashMap<Long, Object[]>();
        for (Object row : entityManager.createNativeQuery("SELECT REWARD_ID, GIVEN_POINTS, GIVEN_MONEY FROM LOY_REWARD_BUDGET"
                + " WHERE BUDGET_MONTH = ?1").setParameter(1, budgetPeriod(now)).getResultList()) {
            Object[] budget = (Object[]) row;
            budgets.put(((Number) budget[0]).longValue(), budget);
        }
        Map<Long, Long> mine = new HashMap<Long, Long>();
        for (Object[] row : entityManager.createQuery("SELECT r.rewardId, COUNT(r) FROM RewardRedemption r"
                + " WHERE r.customerId = :customer AND r.status NOT IN (:givenBack) GROUP BY r.rewardId", Object[].class)
                .setParameter("customer", customerId).setParameter("givenBack", GIVEN_BACK).getResultList()) {
            mine.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        for (Reward reward : rewards) {
            Object[] budget = budgets.get(reward.getId());
            RewardState state = new RewardState(reward.getRedeemed(),
                    budget == null ? 0 : ((Number) budget[1]).longValue(),
                    budget == null ? BigDecimal.ZERO : new BigDecimal(budget[2].toString()), tier, segments, available,
                    mine.containsKey(reward.getId()) ? mine.get(reward.getId()) : 0L);
            entries.add(new CatalogueEntry(reward, RewardAvailability.forMember(reward.terms(), state, now)));
        }
        return entries;
    }

    /** Redeems the reward for the member's points; see the class comment. */
    @Transactional("blTransactionManager")
    public RewardRedemption redeem(long customerId, long rewardId, String requestKey) {
        return give(customerId, rewardId, requestKey, true);
    }

    /**
     * Gives the reward without points (a completed punch card, an automatic reward): its stock and budgets count,
     * its window, tiers, segments and limit per member do not. Idempotent per key like {@link #redeem}.
     */
    @Transactional("blTransactionManager")
    public RewardRedemption grant(long customerId, long rewardId, String requestKey) {
        return give(customerId, rewardId, requestKey, false);
    }

    private RewardRedemption give(long customerId, long rewardId, String requestKey, boolean forPoints) {
        if (requestKey == null || requestKey.trim().isEmpty() || requestKey.length() > 150) {
            throw new LoyaltyException("invalid_key", "a redemption needs a request key of up to 150 characters");
        }
        RewardRedemption earlier = byKey(requestKey);
        if (earlier != null) {
            if (earlier.getCustomerId() != customerId || earlier.getRewardId() != rewardId) {
                throw new LoyaltyException("idempotency_key_reused", "the key " + requestKey + " was used for another redemption");
            }
            return earlier;
        }
        Reward reward = reward(rewardId);
        if (!reward.isActive()) {
            throw refusal(RewardAvailability.OUTSIDE_WINDOW, reward);
        }
        if (update("UPDATE LOY_REWARD SET REDEEMED = REDEEMED + 1 WHERE ID = ?1 AND (STOCK IS NULL OR REDEEMED < STOCK)",
                rewardId) == 0) {
            throw refusal(RewardAvailability.OUT_OF_STOCK, reward);
        }
        // The reward's row is locked until the end of the transaction: what follows is one redemption at a time.
        Instant now = clock.instant();
        long redeemedBefore = ((Number) entityManager.createNativeQuery("SELECT REDEEMED FROM LOY_REWARD WHERE ID = ?1")
                .setParameter(1, rewardId).getSingleResult()).longValue() - 1;
        RewardState before = state(reward, customerId, now, redeemedBefore);
        String reason = forPoints ? RewardAvailability.forMember(reward.terms(), before, now)
                : RewardAvailability.stockOrBudget(reward.terms(), before);
        if (reason != null) {
            throw refusal(reason, reward);
        }
        String period = RewardAvailability.period(now, RequestMemo.settings(program).zone());
        if (update("UPDATE LOY_REWARD_BUDGET SET GIVEN_POINTS = GIVEN_POINTS + ?1, GIVEN_MONEY = GIVEN_MONEY + ?2 WHERE REWARD_ID = ?3 AND BUDGET_MONTH = ?4",
                reward.getPointsPrice(), reward.getValue(), rewardId, period) == 0) {
            update("INSERT INTO LOY_REWARD_BUDGET (REWARD_ID, BUDGET_MONTH, GIVEN_POINTS, GIVEN_MONEY) VALUES (?1, ?2, ?3, ?4)",
                    rewardId, period, reward.getPointsPrice(), reward.getValue());
        }
        Instant expiresAt = reward.getValidDays() == null ? null : now.plus(Duration.ofDays(reward.getValidDays()));
        RewardRedemption redemption = new RewardRedemption(requestKey, reward, customerId, forPoints ? reward.getPointsPrice() : 0,
                period, expiresAt == null ? null : Date.from(expiresAt), Date.from(now));
        PointsPosting spent = !forPoints ? null : pointsLedger.redeem(Redemption.of(customerId, reward.getPointsPrice(),
                "reward:" + requestKey).source(EntrySource.REWARD, "reward:" + rewardId).reason("reward: " + reward.getName()));
        Long codeId = null;
        Long creditEntryId = null;
        if (reward.getKind().givesCode()) {
            codeId = codes.issue(CodeIssue.personal(reward.getCampaignId(), customerId).window(now, expiresAt)
                    .key("reward:" + requestKey)).getId();
        } else if (reward.getKind() == RewardKind.EARLY_ACCESS) {
            segments.tag(customerId, reward.getUnlocksTag(), "reward:" + rewardId);
        } else if (reward.getKind() == RewardKind.STORE_CREDIT) {
            creditEntryId = creditLedger.issue(CreditIssue.of(customerId, reward.getValue(), reward.getCurrencyCode(),
                    "reward:" + requestKey).source(CreditSource.REWARD).reason("reward: " + reward.getName())
                    .expiresAt(expiresAt)).getEntry().getId();
        }
        redemption.gave(spent == null ? null : spent.getEntry().getId(), codeId, creditEntryId);
        entityManager.persist(redemption);
        entityManager.flush();
        return redemption;
    }

    /**
     * The admin moves a gift or an invitation on: requested (to fulfil) → shipped → delivered, or cancelled
     * before delivery, which gives the reward back (see {@link #reverse}). Moving to the status it has does
     * nothing; any other move is refused with {@code invalid_status}.
     */
    @Transactional("blTransactionManager")
    public RewardRedemption updateFulfilment(long redemptionId, RewardStatus status) {
        RewardRedemption redemption = lockedRedemption(redemptionId);
        if (!redemption.getKind().needsFulfilment()) {
            throw new LoyaltyException("invalid_status", "a " + redemption.getKind() + " has no fulfilment");
        }
        if (redemption.getStatus() == status) {
            return redemption;
        }
        if (!redemption.getStatus().mayMoveTo(status)) {
            throw new LoyaltyException("invalid_status", "a " + redemption.getKind() + " that is " + redemption.getStatus()
                    + " cannot become " + status);
        }
        if (status == RewardStatus.CANCELLED) {
            giveBack(redemption, RewardStatus.CANCELLED);
        } else {
            redemption.moveTo(status, Date.from(clock.instant()));
        }
        return redemption;
    }

    /**
     * Gives an unused redeemed reward back: its points return through the ledger (key {@code reward-reversal:<id>}),
     * its code is revoked (the shop's offer code deactivated) or its store credit taken back, and the reward's
     * stock and the month's budget get it back; it no longer counts against the member's limit. A gift or an
     * invitation is cancelled the same way ({@link #updateFulfilment} to CANCELLED) until it is delivered.
     * Refused with {@code reward_already_used} when its code was used by an order (a cancelled order gives the
     * use back first) or its credit spent, and {@code reward_delivered} for a delivered gift. Reversing again
     * gives back the first reversal.
     */
    @Transactional("blTransactionManager")
    public RewardRedemption reverse(long redemptionId) {
        RewardRedemption redemption = lockedRedemption(redemptionId);
        if (!redemption.getStatus().stands()) {
            return redemption;
        }
        if (redemption.getKind().needsFulfilment()) {
            if (!redemption.getStatus().mayMoveTo(RewardStatus.CANCELLED)) {
                throw new LoyaltyException("reward_delivered", "redemption " + redemptionId + " was delivered and cannot be reversed");
            }
            giveBack(redemption, RewardStatus.CANCELLED);
        } else {
            giveBack(redemption, RewardStatus.REVERSED);
        }
        return redemption;
    }

    private void giveBack(RewardRedemption redemption, RewardStatus status) {
        String key = "reward-reversal:" + redemption.getId();
        if (redemption.getCodeId() != null) {
            try {
                codes.revoke(redemption.getCodeId());
            } catch (LoyaltyException used) {
                throw new LoyaltyException("reward_already_used", "the code of redemption " + redemption.getId()
                        + " was used by an order; the reward cannot be reversed", used);
            }
        }
        if (redemption.getCreditEntryId() != null) {
            CreditEntry credit = entityManager.find(CreditEntry.class, redemption.getCreditEntryId());
            entityManager.refresh(credit);
            if (credit.getRemaining().compareTo(credit.getAmount()) < 0) {
                throw new LoyaltyException("reward_already_used", "the store credit of redemption " + redemption.getId()
                        + " was spent; the reward cannot be reversed");
            }
            creditLedger.reverse(credit.getId(), credit.getAmount(), "reward reversed", key);
        }
        if (redemption.getKind() == RewardKind.EARLY_ACCESS) {
            untagUnlessStillRedeemed(redemption);
        }
        if (redemption.getPointsEntryId() != null) {
            pointsLedger.reverse(redemption.getPointsEntryId(), redemption.getPoints(), "reward reversed", key);
        }
        update("UPDATE LOY_REWARD SET REDEEMED = REDEEMED - 1 WHERE ID = ?1 AND REDEEMED > 0", redemption.getRewardId());
        update("UPDATE LOY_REWARD_BUDGET SET GIVEN_POINTS = GIVEN_POINTS - ?1, GIVEN_MONEY = GIVEN_MONEY - ?2"
                + " WHERE REWARD_ID = ?3 AND BUDGET_MONTH = ?4", redemption.getBudgetPoints(), redemption.getValue(),
                redemption.getRewardId(), redemption.getPeriod());
        redemption.moveTo(status, Date.from(clock.instant()));
        entityManager.flush();
    }

    /** Takes the early access tag off, unless another standing redemption of the member gave the same tag. */
    private void untagUnlessStillRedeemed(RewardRedemption redemption) {
        String tag = reward(redemption.getRewardId()).getUnlocksTag();
        long others = entityManager.createQuery("SELECT COUNT(d) FROM RewardRedemption d, Reward r WHERE d.rewardId = r.id"
                + " AND r.unlocksTag = :tag AND d.customerId = :customer AND d.id <> :redemption AND d.status = :issued", Long.class)
                .setParameter("tag", tag).setParameter("customer", redemption.getCustomerId())
                .setParameter("redemption", redemption.getId()).setParameter("issued", RewardStatus.ISSUED).getSingleResult();
        if (others == 0) {
            segments.untag(redemption.getCustomerId(), tag);
        }
    }

    /** The redemption, its row locked: one fulfilment move or reversal at a time. */
    private RewardRedemption lockedRedemption(long redemptionId) {
        if (update("UPDATE LOY_REWARD_REDEMPTION SET UPDATED_AT = UPDATED_AT WHERE ID = ?1", redemptionId) == 0) {
            throw new LoyaltyException("unknown_redemption", "no redemption " + redemptionId);
        }
        RewardRedemption redemption = entityManager.find(RewardRedemption.class, redemptionId);
        entityManager.refresh(redemption);
        return redemption;
    }

    /** The member's redeemed rewards, newest first; expired ones and used codes are not usable. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RedeemedReward> redeemedBy(long customerId) {
        Date now = Date.from(clock.instant());
        List<RedeemedReward> rewards = new ArrayList<RedeemedReward>();
        for (RewardRedemption redemption : entityManager.createQuery("SELECT r FROM RewardRedemption r"
                + " WHERE r.customerId = :customer ORDER BY r.id DESC", RewardRedemption.class)
                .setParameter("customer", customerId).getResultList()) {
            ClubCode code = redemption.getCodeId() == null ? null : codes.code(redemption.getCodeId());
            boolean usable = !redemption.expiredAt(now) && (code == null ? redemption.getStatus() == RewardStatus.ISSUED
                    : code.usableAt(now.toInstant()));
            rewards.add(new RedeemedReward(redemption, code == null ? null : code.getCode(), usable));
        }
        return rewards;
    }

    public RewardRedemption byKey(String requestKey) {
        List<RewardRedemption> found = entityManager.createQuery("SELECT r FROM RewardRedemption r WHERE r.requestKey = :key",
                RewardRedemption.class).setParameter("key", requestKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private String budgetPeriod(Instant now) {
        return RewardAvailability.period(now, RequestMemo.settings(program).zone());
    }

    private RewardState state(Reward reward, long customerId, Instant now, long redeemed) {
        String period = budgetPeriod(now);
        List<Object[]> budget = entityManager.createNativeQuery("SELECT GIVEN_POINTS, GIVEN_MONEY FROM LOY_REWARD_BUDGET"
                + " WHERE REWARD_ID = ?1 AND BUDGET_MONTH = ?2").setParameter(1, reward.getId()).setParameter(2, period).getResultList();
        long monthPoints = budget.isEmpty() ? 0 : ((Number) budget.get(0)[0]).longValue();
        BigDecimal monthMoney = budget.isEmpty() ? BigDecimal.ZERO : new BigDecimal(budget.get(0)[1].toString());
        long mine = entityManager.createQuery("SELECT COUNT(r) FROM RewardRedemption r WHERE r.rewardId = :reward"
                + " AND r.customerId = :customer AND r.status NOT IN (:givenBack)", Long.class).setParameter("reward", reward.getId())
                .setParameter("customer", customerId)
                .setParameter("givenBack", GIVEN_BACK).getSingleResult();
        return new RewardState(redeemed, monthPoints, monthMoney, standing.tierCode(customerId),
                standing.segmentCodes(customerId), pointsLedger.balance(customerId).getAvailable(), mine);
    }

    private int update(String sql, Object... parameters) {
        javax.persistence.Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private static LoyaltyException refusal(String reason, Reward reward) {
        return new LoyaltyException(reason, "reward " + reward.getId() + " (" + reward.getName() + "): " + reason.replace('_', ' '));
    }

    public void setPointsLedger(PointsLedger pointsLedger) {
        this.pointsLedger = pointsLedger;
    }

    public void setCreditLedger(CreditLedger creditLedger) {
        this.creditLedger = creditLedger;
    }

    public void setCodes(CodeStore codes) {
        this.codes = codes;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    public void setSegments(SegmentService segments) {
        this.segments = segments;
    }

    public void setStanding(MemberStandingLookup standing) {
        this.standing = standing;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
