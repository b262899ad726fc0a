package io.loyaltyclub.reminders;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

import javax.persistence.TypedQuery;

import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.ledger.Bucket;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardRedemption;

/**
 * "Your code expires soon": an e-mail to each member with a personal discount code (given by a reward, an
 * automatic rule or the merchant) or a store-credit reward that expires within {@link #setDaysBefore(int) N days},
 * listing them with their expiry dates. A marker per code (key {@value #CODE}) and per reward (key
 * {@value #REWARD}); a reward that gave a code is reminded through its code. Checked when sending: a code used
 * up, no longer valid (its own or its campaign's end or uses, the member's limit on the campaign) or expired, and
 * store credit spent or expired, are not mentioned.
 */
public class ExpiringRewardReminders extends MemberReminders {

    public static final String TEMPLATE = "loyalty/rewardExpiring";
    static final String CODE = "code";
    static final String REWARD = "reward";

    private static final String DUE_CODES = " from ClubCode c where c.customerId is not null and c.startsAt <= :now"
            + " and c.endsAt > :now and c.endsAt <= :horizon and (c.maxUses is null or c.uses < c.maxUses)"
            + " and not exists (select r.id from SentReminder r where r.kind = :kind and r.subjectId = c.id"
            + " and r.subjectKey = '" + CODE + "')";
    private static final String DUE_CREDIT_REWARDS = " from RewardRedemption d, CreditEntry e"
            + " where d.creditEntryId = e.id and d.expiresAt > :now and d.expiresAt <= :horizon and e.remaining > 0"
            + " and not exists (select r.id from SentReminder r where r.kind = :kind and r.subjectId = d.id"
            + " and r.subjectKey = '" + REWARD + "')";

    private CodeStore codes;
    private int daysBefore = 7;

    public ExpiringRewardReminders() {
        super(ReminderKind.REWARD_EXPIRING, TEMPLATE, "Your code expires soon");
    }

    /** What one line of the e-mail names: a code or a reward, and when it expires. */
    public static final class ExpiringItem {

        private final String name;
        private final String code;
        private final BigDecimal credit;
        private final String currencyCode;
        private final Date expiresOn;

        ExpiringItem(String name, String code, BigDecimal credit, String currencyCode, Date expiresOn) {
            this.name = name;
            this.code = code;
            this.credit = credit;
            this.currencyCode = currencyCode;
            this.expiresOn = expiresOn;
        }

        /** The reward's or the code campaign's name. */
        public String getName() {
            return name;
        }

        /** The code to type at checkout; null for store credit. */
        public String getCode() {
            return code;
        }

        /** The store credit left of a store-credit reward; null for a code. */
        public BigDecimal getCredit() {
            return credit;
        }

        public String getCurrencyCode() {
            return currencyCode;
        }

        public Date getExpiresOn() {
            return expiresOn;
        }
    }

    @Override
    protected List<Long> candidates(Instant now) {
        LinkedHashSet<Long> members = new LinkedHashSet<Long>();
        members.addAll(due("select distinct c.customerId" + DUE_CODES, Long.class, now).getResultList());
        members.addAll(due("select distinct d.customerId" + DUE_CREDIT_REWARDS, Long.class, now).getResultList());
        return new ArrayList<Long>(members);
    }

    @Override
    protected Reminder due(long customerId, Instant now) {
        Reminder reminder = Reminder.aboutRows(new ArrayList<Long>());
        List<ExpiringItem> items = new ArrayList<ExpiringItem>();
        for (ClubCode code : due("select c" + DUE_CODES + " and c.customerId = :customer order by c.endsAt, c.id",
                ClubCode.class, now).setParameter("customer", customerId).getResultList()) {
            if (codes.usableBy(code, customerId)) {
                reminder.about(code.getId(), CODE);
                items.add(new ExpiringItem(nameOf(code), code.getCode(), null, null, code.getEndsAt()));
            }
        }
        for (Object[] row : due("select d, e" + DUE_CREDIT_REWARDS + " and d.customerId = :customer"
                + " order by d.expiresAt, d.id", Object[].class, now).setParameter("customer", customerId).getResultList()) {
            RewardRedemption redemption = (RewardRedemption) row[0];
            CreditEntry credit = (CreditEntry) row[1];
            if (credit.getLotBucket() == Bucket.AVAILABLE
                    && (credit.getExpiresAt() == null || credit.getExpiresAt().toInstant().isAfter(now))) {
                reminder.about(redemption.getId(), REWARD);
                items.add(new ExpiringItem(rewardName(redemption.getRewardId()), null, credit.getRemaining(),
                        credit.getCurrencyCode(), redemption.getExpiresAt()));
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        Date first = items.get(0).getExpiresOn();
        for (ExpiringItem item : items) {
            first = item.getExpiresOn().before(first) ? item.getExpiresOn() : first;
        }
        return reminder.with("items", items).with("expiresOn", first)
                .with("daysLeft", Math.max(0, Duration.between(now, first.toInstant()).toDays()));
    }

    /** A code a reward gave is named after the reward; any other after its campaign. */
    private String nameOf(ClubCode code) {
        List<Long> rewards = entityManager().createQuery("select d.rewardId from RewardRedemption d where d.codeId = :code",
                Long.class).setParameter("code", code.getId()).getResultList();
        return rewards.isEmpty() ? codes.campaign(code.getCampaignId()).getName() : rewardName(rewards.get(0));
    }

    private String rewardName(long rewardId) {
        return entityManager().find(Reward.class, rewardId).getName();
    }

    private <T> TypedQuery<T> due(String query, Class<T> type, Instant now) {
        return entityManager().createQuery(query, type)
                .setParameter("now", Date.from(now))
                .setParameter("horizon", Date.from(now.plus(Duration.ofDays(daysBefore))))
                .setParameter("kind", kind());
    }

    public void setCodes(CodeStore codes) {
        this.codes = codes;
    }

    public void setDaysBefore(int daysBefore) {
        this.daysBefore = daysBefore;
    }
}
