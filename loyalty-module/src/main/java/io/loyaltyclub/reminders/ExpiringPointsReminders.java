package io.loyaltyclub.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.TypedQuery;

import io.loyaltyclub.ledger.Bucket;
import io.loyaltyclub.ledger.PointsEntry;

/**
 * "Your points expire soon": an e-mail to each member with available points that reach their expiry date within
 * {@link #setDaysBefore(int) N days}, telling how many and when the first of them go. A marker per lot; points
 * spent, taken back or expired in the meantime are not mentioned, and a member with none left gets nothing.
 * Points that come due later in the period wait for the next one ({@link MemberReminders}).
 * Lots that expire after a stretch of inactivity have no date to announce and are not reminded.
 */
public class ExpiringPointsReminders extends MemberReminders {

    public static final String TEMPLATE = "loyalty/pointsExpiring";

    private static final String DUE_LOTS = " from PointsEntry e, PointsAccount a where e.accountId = a.id"
            + " and e.remaining > 0 and e.lotBucket = :available and e.expiresAt > :now and e.expiresAt <= :horizon"
            + " and not exists (select r.id from SentReminder r where r.kind = :kind and r.subjectId = e.id"
            + " and r.subjectKey = '')";

    private int daysBefore = 14;

    public ExpiringPointsReminders() {
        super(ReminderKind.POINTS_EXPIRING, TEMPLATE, "Your points expire soon");
    }

    @Override
    protected List<Long> candidates(Instant now) {
        return dueLots("select distinct a.customerId" + DUE_LOTS, Long.class, now).getResultList();
    }

    @Override
    protected Reminder due(long customerId, Instant now) {
        List<PointsEntry> lots = dueLots("select e" + DUE_LOTS + " and a.customerId = :customer order by e.expiresAt",
                PointsEntry.class, now).setParameter("customer", customerId).getResultList();
        if (lots.isEmpty()) {
            return null;
        }
        long points = 0;
        List<Long> ids = new ArrayList<Long>();
        for (PointsEntry lot : lots) {
            points += lot.getRemaining();
            ids.add(lot.getId());
        }
        Date first = lots.get(0).getExpiresAt();
        return Reminder.aboutRows(ids).with("points", points).with("expiresOn", first)
                .with("daysLeft", Math.max(0, Duration.between(now, first.toInstant()).toDays()));
    }

    private <T> TypedQuery<T> dueLots(String query, Class<T> type, Instant now) {
        return entityManager().createQuery(query, type)
                .setParameter("available", Bucket.AVAILABLE)
                .setParameter("now", Date.from(now))
                .setParameter("horizon", Date.from(now.plus(Duration.ofDays(daysBefore))))
                .setParameter("kind", kind());
    }

    public void setDaysBefore(int daysBefore) {
        this.daysBefore = daysBefore;
    }
}
