package io.loyaltyclub.reminders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.stats.MonthFigures;
import io.loyaltyclub.tier.NextTierNearness;
import io.loyaltyclub.tier.TierLadder;
import io.loyaltyclub.tier.TierProgress;

/**
 * "You are close to Gold": an e-mail to each member whose progress to the next tier in the current window meets
 * the {@link NextTierNearness threshold}, saying what is still missing and by when. Once per next tier and window
 * (the marker's key is the tier's code and the window's last day); worked out again when sending, so a member
 * upgraded meanwhile, or whose window has closed, gets nothing. Members without figures in the current window are
 * not considered.
 */
public class NextTierReminders extends MemberReminders {

    public static final String TEMPLATE = "loyalty/nextTierClose";

    private TierService tiers;
    private ProgramService program;
    private NextTierNearness nearness = new NextTierNearness(80, BigDecimal.ZERO);

    public NextTierReminders() {
        super(ReminderKind.NEXT_TIER_CLOSE, TEMPLATE, "You are close to the next tier");
    }

    @Override
    protected List<Long> candidates(Instant now) {
        TierLadder ladder = tiers.ladder();
        if (ladder.isEmpty()) {
            return new ArrayList<Long>();
        }
        YearMonth month = YearMonth.from(now.atZone(program.settings().zone()));
        List<Long> members = new ArrayList<Long>();
        for (Object id : entityManager().createNativeQuery("SELECT DISTINCT CUSTOMER_ID FROM LOY_CUSTOMER_MONTH"
                + " WHERE PERIOD_MONTH >= ?1 AND PERIOD_MONTH <= ?2 ORDER BY CUSTOMER_ID")
                .setParameter(1, MonthFigures.key(ladder.getWindow().firstMonth(month)))
                .setParameter(2, MonthFigures.key(month)).getResultList()) {
            members.add(((Number) id).longValue());
        }
        return members;
    }

    @Override
    protected Reminder due(long customerId, Instant now) {
        TierProgress progress = tiers.progress(customerId);
        if (!nearness.isClose(progress)) {
            return null;
        }
        String occasion = progress.getNext().getCode() + "@" + progress.getNextBy();
        if (reminded(customerId, occasion)) {
            return null;
        }
        return Reminder.aboutOccasion(customerId, occasion)
                .with("tierName", progress.getNext().getName())
                .with("missing", progress.getMetric().describeMissing(progress.getMissingForNext()))
                .with("missingAmount", progress.getMissingForNext())
                .with("percentReached", NextTierNearness.percentReached(progress))
                .with("deadline", progress.getNextBy());
    }

    public void setTiers(TierService tiers) {
        this.tiers = tiers;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    /** Close enough: this share (percent) of the next tier's threshold reached; 0: by what is missing only. */
    public void setMinPercent(int minPercent) {
        this.nearness = new NextTierNearness(minPercent, nearness.getMaxMissing());
    }

    /** Close enough: no more than this missing, in the ladder's metric; 0: by the share only. */
    public void setMaxMissing(BigDecimal maxMissing) {
        this.nearness = new NextTierNearness(nearness.getMinPercent(), maxMissing);
    }
}
