package io.loyaltyclub.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.CustomerEvent;
import io.loyaltyclub.earning.EventAward;
import io.loyaltyclub.earning.ReferralIdentity;
import io.loyaltyclub.earning.SelfReferralCheck;
import io.loyaltyclub.ledger.Earning;
import io.loyaltyclub.ledger.EntrySource;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.PointsPosting;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;

/**
 * Points for what members do besides buying. The shop raises the events it owns through one method,
 * {@link #record(CustomerEvent)} (a product review: {@code record(CustomerEvent.productReview(customerId,
 * productId, now))}); registration is hooked by the club itself. Each event earns at most once per occasion
 * (once per customer for the sign-up, once a year for a birthday, once per product for a review), whatever
 * how often it is raised.
 *
 * <p>Referrals: {@link #registerReferral(ReferralIdentity, ReferralIdentity)} records who brought whom (refused for
 * self-referrals); both are rewarded by {@link #rewardDueReferrals()} once the new customer's first order has
 * passed its return window and was not cancelled.</p>
 */
public class ClubEventService {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PointsLedger ledger;
    private ProgramService program;
    private Clock clock = Clock.systemUTC();

    /** Books the points the merchant's rules give for the event; null when no rule gives any. */
    @Transactional("blTransactionManager")
    public PointsPosting record(CustomerEvent event) {
        List<io.loyaltyclub.earning.EventRule> rules = program.eventRules();
        EventAward award = EventAward.forEvent(event, rules).orElse(null);
        if (award == null || award.getPoints() <= 0) {
            return null;
        }
        ProgramSettings settings = program.settings();
        Instant now = clock.instant();
        return ledger.earn(Earning.of(event.getCustomerId(), award.getPoints(),
                "event:" + event.getCustomerId() + ":" + award.getOccasionKey())
                .source(EntrySource.EVENT, award.getOccasionKey())
                .reason(event.getType().name().toLowerCase().replace('_', ' '))
                .expiringBy(settings.expiryPolicy(), now, settings.zone()));
    }

    /** Records that {@code referrer} brought {@code newCustomer}; refused for self-referrals and second referrals. */
    @Transactional("blTransactionManager")
    public Referral registerReferral(ReferralIdentity referrer, ReferralIdentity newCustomer) {
        SelfReferralCheck.refuseSelfReferral(referrer, newCustomer);
        boolean known = !entityManager.createQuery("select r.id from Referral r where r.newCustomerId = :id", Long.class)
                .setParameter("id", newCustomer.getCustomerId()).getResultList().isEmpty();
        if (known) {
            throw new LoyaltyException("already_referred", "customer " + newCustomer.getCustomerId()
                    + " was already referred");
        }
        Referral referral = new Referral(referrer.getCustomerId(), newCustomer.getCustomerId(), Date.from(clock.instant()));
        entityManager.persist(referral);
        return referral;
    }

    /**
     * Rewards both sides of every referral whose new customer placed a first order that has passed the return
     * window and stands; returns how many referrals were rewarded. Run by the release job; safe to run again.
     */
    @Transactional("blTransactionManager")
    public int rewardDueReferrals() {
        ProgramSettings settings = program.settings();
        Instant now = clock.instant();
        Date placedBefore = Date.from(now.minus(java.time.Duration.ofDays(settings.getReturnWindowDays())));
        List<Referral> due = entityManager.createQuery("select r from Referral r where r.rewardedAt is null and exists"
                + " (select o.id from io.loyaltyclub.checkout.ClubOrder o where o.customerId = r.newCustomerId"
                + " and o.status = :placed and o.orderedAt <= :before)", Referral.class)
                .setParameter("placed", io.loyaltyclub.checkout.ClubOrderStatus.PLACED)
                .setParameter("before", placedBefore)
                .getResultList();
        for (Referral referral : due) {
            record(CustomerEvent.referrerRewarded(referral.getReferrerId(), referral.getNewCustomerId(), now));
            record(CustomerEvent.newCustomerReferred(referral.getNewCustomerId(), now));
            referral.rewarded(Date.from(now));
        }
        return due.size();
    }

    public void setLedger(PointsLedger ledger) {
        this.ledger = ledger;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
