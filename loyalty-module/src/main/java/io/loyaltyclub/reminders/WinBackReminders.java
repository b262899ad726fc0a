package io.loyaltyclub.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import io.loyaltyclub.codes.auto.AutomaticCodes;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.ledger.PointsLedger;

/**
 * "We miss you": an e-mail to each member of the at-risk lifecycle segment ({@link #setSegmentCode(String)}),
 * once per entry into it (the marker's key is the segment and the moment of entry), with the member's available
 * points and, when one was issued to them and can still be used, their win-back code. Checked when sending: a
 * member who has left the segment, or has ordered since entering it, gets nothing.
 */
public class WinBackReminders extends MemberReminders {

    public static final String TEMPLATE = "loyalty/winBack";

    private static final String MEMBERSHIP = " FROM LOY_SEGMENT_MEMBER m JOIN LOY_SEGMENT s ON s.ID = m.SEGMENT_ID"
            + " WHERE s.CODE = ?1 AND s.ACTIVE = TRUE";

    private PointsLedger pointsLedger;
    private AutomaticCodes automaticCodes;
    private String segmentCode = "at-risk";

    public WinBackReminders() {
        super(ReminderKind.WIN_BACK, TEMPLATE, "We miss you");
    }

    @Override
    protected List<Long> candidates(Instant now) {
        List<Long> members = new ArrayList<Long>();
        for (Object id : entityManager().createNativeQuery("SELECT m.CUSTOMER_ID" + MEMBERSHIP + " ORDER BY m.CUSTOMER_ID")
                .setParameter(1, segmentCode).getResultList()) {
            members.add(((Number) id).longValue());
        }
        return members;
    }

    @Override
    protected Reminder due(long customerId, Instant now) {
        List<?> entries = entityManager().createNativeQuery("SELECT m.SEGMENT_ID, m.SINCE" + MEMBERSHIP
                + " AND m.CUSTOMER_ID = ?2 AND NOT EXISTS (SELECT st.CUSTOMER_ID FROM LOY_CUSTOMER_STATS st"
                + " WHERE st.CUSTOMER_ID = m.CUSTOMER_ID AND st.LAST_ORDER_AT >= m.SINCE)")
                .setParameter(1, segmentCode).setParameter(2, customerId).getResultList();
        if (entries.isEmpty()) {
            return null;
        }
        Object[] entry = (Object[]) entries.get(0);
        Date since = (Date) entry[1];
        String occasion = ((Number) entry[0]).longValue() + "@" + since.getTime();
        if (reminded(customerId, occasion)) {
            return null;
        }
        ClubCode code = automaticCodes.usableCode(customerId, AutomaticCodes.WIN_BACK_OCCASION);
        return Reminder.aboutOccasion(customerId, occasion)
                .with("points", pointsLedger.balance(customerId).getAvailable())
                .with("code", code == null ? null : code.getCode())
                .with("codeExpiresOn", code == null ? null : code.getEndsAt());
    }

    public void setPointsLedger(PointsLedger pointsLedger) {
        this.pointsLedger = pointsLedger;
    }

    public void setAutomaticCodes(AutomaticCodes automaticCodes) {
        this.automaticCodes = automaticCodes;
    }

    /** The segment whose members are reminded; the built-in lifecycle segment "at-risk" by default. */
    public void setSegmentCode(String segmentCode) {
        this.segmentCode = segmentCode;
    }
}
