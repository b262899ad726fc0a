package io.loyaltyclub.rewards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.checkout.ClubOrderSnapshot;
import io.loyaltyclub.earning.OrderLineForEarning;
import io.loyaltyclub.rewards.rules.PunchCardProgress;
import io.loyaltyclub.rewards.rules.PunchCardProgress.PunchLine;

/**
 * Punch cards: each placed order punches the cards it qualifies for; a completed card grants its reward (once per
 * completed card: the grant's key is the card, the member and the card's number). A cancelled order takes its
 * punches back; a reward already given stays, and the punch must be earned again before the next card completes.
 */
public class PunchCardService {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private RewardService rewards;
    private Clock clock = Clock.systemUTC();

    @Transactional("blTransactionManager")
    public PunchCard define(PunchCard card) {
        if (card.getPunchesNeeded() < 1 || card.getName() == null || card.getName().trim().isEmpty()) {
            throw new LoyaltyException("invalid_punch_card", "a punch card needs a name and at least one punch");
        }
        rewards.reward(card.getRewardId());
        card.created(Date.from(clock.instant()));
        entityManager.persist(card);
        entityManager.flush();
        return card;
    }

    /** Every card, active or not (for the admin's list). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PunchCard> cards() {
        return entityManager.createQuery("select c from PunchCard c order by c.id", PunchCard.class).getResultList();
    }

    /** Saves a card's new name and whether it is active; what it counts and gives stays as defined. */
    @Transactional("blTransactionManager")
    public PunchCard update(PunchCard card) {
        if (card.getId() == null) {
            throw new IllegalArgumentException("define a new card with define(card)");
        }
        if (card.getName() == null || card.getName().trim().isEmpty()) {
            throw new LoyaltyException("invalid_punch_card", "a punch card needs a name");
        }
        return entityManager.merge(card);
    }

    /** A placed order: punches the cards it qualifies for and grants the rewards of completed cards. */
    @Transactional("blTransactionManager")
    public void record(ClubOrderSnapshot order) {
        List<PunchLine> lines = new ArrayList<PunchLine>();
        for (OrderLineForEarning line : order.getLines()) {
            lines.add(new PunchLine(line.getQuantity(), line.getEligibleAmount(), line.getCategoryIds()));
        }
        for (PunchCard card : activeCards()) {
            Punch punch = punch(card.getId(), order.getOrderId());
            if (punch != null) {
                punch.reinstate();
            } else {
                int punches = PunchCardProgress.punches(lines, card.getCategoryId(), card.getMinAmount(), card.isPerUnit());
                if (punches == 0) {
                    continue;
                }
                entityManager.persist(new Punch(card.getId(), order.getCustomerId(), order.getOrderId(), punches,
                        Date.from(order.getOrderedAt())));
            }
            entityManager.flush();
            grantCompleted(card, order.getCustomerId());
        }
    }

    /** A cancelled order takes its punches back. */
    @Transactional("blTransactionManager")
    public int cancel(long orderId) {
        Date now = Date.from(clock.instant());
        int taken = 0;
        for (Punch punch : entityManager.createQuery("SELECT p FROM Punch p WHERE p.orderId = :order AND p.cancelledAt IS NULL",
                Punch.class).setParameter("order", orderId).getResultList()) {
            punch.cancel(now);
            taken++;
        }
        return taken;
    }

    /** The member's progress on every active card. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CardProgress> progress(long customerId) {
        List<CardProgress> cards = new ArrayList<CardProgress>();
        for (PunchCard card : activeCards()) {
            cards.add(new CardProgress(card, progress(card, customerId)));
        }
        return cards;
    }

    private void grantCompleted(PunchCard card, long customerId) {
        for (long n = progress(card, customerId).getCompleted(); n > 0; n--) {
            String key = "punch:" + card.getId() + ":" + customerId + ":" + n;
            if (rewards.byKey(key) != null) {
                break;
            }
            rewards.grant(customerId, card.getRewardId(), key);
        }
    }

    private PunchCardProgress progress(PunchCard card, long customerId) {
        List<Integer> punches = entityManager.createQuery("SELECT p.punches FROM Punch p WHERE p.cardId = :card"
                + " AND p.customerId = :customer AND p.cancelledAt IS NULL ORDER BY p.punchedAt, p.id", Integer.class)
                .setParameter("card", card.getId()).setParameter("customer", customerId).getResultList();
        return PunchCardProgress.of(card.getPunchesNeeded(), card.isCarryOver(), punches);
    }

    private List<PunchCard> activeCards() {
        return entityManager.createQuery("SELECT c FROM PunchCard c WHERE c.active = true ORDER BY c.id", PunchCard.class)
                .getResultList();
    }

    private Punch punch(long cardId, long orderId) {
        List<Punch> found = entityManager.createQuery("SELECT p FROM Punch p WHERE p.cardId = :card AND p.orderId = :order",
                Punch.class).setParameter("card", cardId).setParameter("order", orderId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public void setRewards(RewardService rewards) {
        this.rewards = rewards;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
