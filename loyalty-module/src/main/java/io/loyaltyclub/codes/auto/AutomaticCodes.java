package io.loyaltyclub.codes.auto;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeIssue;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.ledger.PointsLedger;

/**
 * Codes the club issues by itself: birthdays (a daily job), tier welcomes and win-backs (called by whatever
 * notices the upgrade or the at-risk segment: {@link #issueTierWelcome}, {@link #issueWinBack}), and points
 * thresholds (checked after each order). Each fires once per occasion: the code's issue key is the rule, the
 * member and the occasion (the birthday's year, the tier, the win-back occasion, the threshold).
 */
public class AutomaticCodes {

    /** The occasion of a birthday code starts with this, followed by the birthday's year. */
    public static final String BIRTHDAY_OCCASION = "birthday:";
    /** The occasion of a win-back code starts with this, followed by the caller's occasion. */
    public static final String WIN_BACK_OCCASION = "winback:";

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private CodeStore codes;
    private PointsLedger pointsLedger;
    private BirthdayDirectory birthdays;
    private Clock clock = Clock.systemUTC();
    private int catchUpDays = 7;

    @Transactional("blTransactionManager")
    public AutoCodeRule define(AutoCodeRule rule) {
        codes.campaign(rule.getCampaignId());
        if (rule.getValidDays() < 1 || rule.getDaysBefore() < 0
                || (rule.getTrigger() == AutoCodeTrigger.POINTS_THRESHOLD && (rule.getThresholdPoints() == null
                        || rule.getThresholdPoints() < 1))) {
            throw new LoyaltyException("invalid_auto_code", "an automatic code is valid at least a day; a threshold"
                    + " rule needs its points");
        }
        rule.created(Date.from(clock.instant()));
        entityManager.persist(rule);
        entityManager.flush();
        return rule;
    }

    /**
     * Issues the birthday codes due on {@code today} (the shop's date): for members whose birthday is the rule's
     * days ahead, and catches up with the {@code catchUpDays} days before, on which the job may not have run (a
     * server down over night): a birthday that fell due then gets its code now, later than planned. Once per
     * member, rule and birthday year: running it again (the same day, the next, or the same year) issues nothing
     * more. Days before a rule existed are not caught up. The codes issued (or found issued).
     */
    @Transactional("blTransactionManager")
    public List<ClubCode> issueBirthdayCodes(LocalDate today) {
        List<ClubCode> issued = new ArrayList<ClubCode>();
        for (AutoCodeRule rule : rules(AutoCodeTrigger.BIRTHDAY)) {
            LocalDate ruleCreated = rule.getCreatedAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            for (LocalDate due = today.minusDays(catchUpDays); !due.isAfter(today); due = due.plusDays(1)) {
                if (due.isBefore(today) && due.isBefore(ruleCreated)) {
                    continue;
                }
                LocalDate birthday = due.plusDays(rule.getDaysBefore());
                for (long customerId : birthdays.customersBornOn(MonthDay.from(birthday), birthday.isLeapYear())) {
                    issued.add(issue(rule, customerId, BIRTHDAY_OCCASION + birthday.getYear()));
                }
            }
        }
        return issued;
    }

    /** The member reached the tier: a welcome code of each matching rule, once per tier. */
    @Transactional("blTransactionManager")
    public List<ClubCode> issueTierWelcome(long customerId, String tierCode) {
        List<ClubCode> issued = new ArrayList<ClubCode>();
        for (AutoCodeRule rule : rules(AutoCodeTrigger.TIER_WELCOME)) {
            if (rule.getTierCode() == null || rule.getTierCode().equals(tierCode)) {
                issued.add(issue(rule, customerId, "tier:" + tierCode));
            }
        }
        return issued;
    }

    /** The member entered the at-risk segment: a win-back code, once per occasion (e.g. "2026-11" or an entry's id). */
    @Transactional("blTransactionManager")
    public List<ClubCode> issueWinBack(long customerId, String occasion) {
        if (occasion == null || occasion.trim().isEmpty() || occasion.length() > 100) {
            throw new LoyaltyException("invalid_occasion", "a win-back needs an occasion of up to 100 characters");
        }
        List<ClubCode> issued = new ArrayList<ClubCode>();
        for (AutoCodeRule rule : rules(AutoCodeTrigger.WIN_BACK)) {
            issued.add(issue(rule, customerId, WIN_BACK_OCCASION + occasion));
        }
        return issued;
    }

    /** Unlocks the threshold codes the member's points earned in all have reached; each once. */
    @Transactional("blTransactionManager")
    public List<ClubCode> unlockThresholds(long customerId) {
        long earned = pointsLedger.balance(customerId).getLifetimeEarned();
        List<ClubCode> issued = new ArrayList<ClubCode>();
        for (AutoCodeRule rule : rules(AutoCodeTrigger.POINTS_THRESHOLD)) {
            if (earned >= rule.getThresholdPoints()) {
                issued.add(issue(rule, customerId, "threshold"));
            }
        }
        return issued;
    }

    /**
     * The newest automatic code issued to the member for an occasion starting with {@code occasionPrefix} (e.g.
     * {@code "birthday:2031"}, {@link #WIN_BACK_OCCASION}) that the member can still use, or {@code null}.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ClubCode usableCode(long customerId, String occasionPrefix) {
        for (ClubCode code : entityManager.createQuery("SELECT c FROM ClubCode c WHERE c.customerId = :customer"
                + " AND c.issueKey LIKE :key ORDER BY c.id DESC", ClubCode.class)
                .setParameter("customer", customerId)
                .setParameter("key", "auto:%:" + customerId + ":" + occasionPrefix + "%").getResultList()) {
            if (codes.usableBy(code, customerId)) {
                return code;
            }
        }
        return null;
    }

    private ClubCode issue(AutoCodeRule rule, long customerId, String occasion) {
        Instant now = clock.instant();
        return codes.issue(CodeIssue.personal(rule.getCampaignId(), customerId)
                .window(now, now.plus(Duration.ofDays(rule.getValidDays())))
                .key("auto:" + rule.getId() + ":" + customerId + ":" + occasion));
    }

    private List<AutoCodeRule> rules(AutoCodeTrigger trigger) {
        return entityManager.createQuery("SELECT r FROM AutoCodeRule r WHERE r.trigger = :trigger AND r.active = true"
                + " ORDER BY r.id", AutoCodeRule.class).setParameter("trigger", trigger).getResultList();
    }

    public void setCodes(CodeStore codes) {
        this.codes = codes;
    }

    public void setPointsLedger(PointsLedger pointsLedger) {
        this.pointsLedger = pointsLedger;
    }

    public void setBirthdays(BirthdayDirectory birthdays) {
        this.birthdays = birthdays;
    }

    /** How many days back the birthday job catches up with (0: none). */
    public void setCatchUpDays(int catchUpDays) {
        if (catchUpDays < 0 || catchUpDays > 366) {
            throw new IllegalArgumentException("catch up with 0 to 366 days, not " + catchUpDays);
        }
        this.catchUpDays = catchUpDays;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
