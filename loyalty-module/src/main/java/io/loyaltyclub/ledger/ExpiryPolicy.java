package io.loyaltyclub.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When earned points expire. Each lot takes the policy in force when it was earned, so a change of policy
 * applies to new lots only.
 *
 * <ul>
 * <li>{@link Kind#NEVER}: points do not expire.</li>
 * <li>{@link Kind#MONTHS_AFTER_AVAILABLE}: N months after the points became available (a return window does
 * not eat into their validity), at the end of that day in the shop's time zone: points that become available
 * on 15 March with a 12-month policy can be spent until 15 March of the next year, 23:59:59.999.</li>
 * <li>{@link Kind#AFTER_INACTIVITY}: all of a member's points expire after N months without activity (an
 * order, a redemption, an adjustment; the club's own jobs do not count). Judged by the sweep, so such lots
 * carry no date of their own.</li>
 * </ul>
 */
public final class ExpiryPolicy {

    public enum Kind {
        NEVER,
        MONTHS_AFTER_AVAILABLE,
        AFTER_INACTIVITY
    }

    private static final int MAX_MONTHS = 1200;

    private final Kind kind;
    private final int months;

    private ExpiryPolicy(Kind kind, int months) {
        this.kind = kind;
        this.months = months;
    }

    public static ExpiryPolicy never() {
        return new ExpiryPolicy(Kind.NEVER, 0);
    }

    public static ExpiryPolicy monthsAfterAvailable(int months) {
        return new ExpiryPolicy(Kind.MONTHS_AFTER_AVAILABLE, requireMonths(months));
    }

    public static ExpiryPolicy afterInactivity(int months) {
        return new ExpiryPolicy(Kind.AFTER_INACTIVITY, requireMonths(months));
    }

    public static ExpiryPolicy of(Kind kind, int months) {
        switch (kind) {
            case NEVER:
                return never();
            case MONTHS_AFTER_AVAILABLE:
                return monthsAfterAvailable(months);
            default:
                return afterInactivity(months);
        }
    }

    public Kind getKind() {
        return kind;
    }

    public int getMonths() {
        return months;
    }

    /** The first instant at which a lot that becomes available at {@code availableAt} is expired; null: no date. */
    public Instant expiresAt(Instant availableAt, ZoneId shopZone) {
        if (kind != Kind.MONTHS_AFTER_AVAILABLE) {
            return null;
        }
        LocalDate lastValidDay = availableAt.atZone(shopZone).toLocalDate().plusMonths(months);
        return lastValidDay.plusDays(1).atStartOfDay(shopZone).toInstant();
    }

    /** For {@link Kind#AFTER_INACTIVITY}: the first instant at which a member last active then has lost the points. */
    public Instant inactiveExpiry(Instant lastActivityAt, ZoneId shopZone) {
        if (kind != Kind.AFTER_INACTIVITY) {
            return null;
        }
        LocalDate lastValidDay = lastActivityAt.atZone(shopZone).toLocalDate().plusMonths(months);
        return lastValidDay.plusDays(1).atStartOfDay(shopZone).toInstant();
    }

    /**
     * For {@link Kind#AFTER_INACTIVITY}: members whose last activity is before the returned instant have lost
     * their points at {@code now} (the same rule as {@link #inactiveExpiry(Instant, ZoneId)}, turned around so a
     * sweep can select them with one comparison). Null for the other kinds.
     */
    public Instant inactivityCutoff(Instant now, ZoneId shopZone) {
        if (kind != Kind.AFTER_INACTIVITY) {
            return null;
        }
        // A member last active on day d loses the points at the start of day d + months + 1 (shop time).
        // Find the last day d for which that moment has come; everyone active before the day after it is out.
        LocalDate today = now.atZone(shopZone).toLocalDate();
        boolean pastStartOfToday = !now.isBefore(today.atStartOfDay(shopZone).toInstant());
        LocalDate lastExpiryDay = pastStartOfToday ? today : today.minusDays(1);
        LocalDate lastDay = lastExpiryDay.minusDays(1).minusMonths(months);
        while (!lastDay.plusDays(1).plusMonths(months).plusDays(1).isAfter(lastExpiryDay)) {
            lastDay = lastDay.plusDays(1);
        }
        return lastDay.plusDays(1).atStartOfDay(shopZone).toInstant();
    }

    private static int requireMonths(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new io.loyaltyclub.LoyaltyException("invalid_expiry_policy",
                    "points expire after 1 to " + MAX_MONTHS + " months, was " + months);
        }
        return months;
    }

    /** In words, for admins: "12 months after the points become available", "after 6 months without activity". */
    @Override
    public String toString() {
        switch (kind) {
            case NEVER:
                return "never";
            case MONTHS_AFTER_AVAILABLE:
                return months + (months == 1 ? " month" : " months") + " after the points become available";
            default:
                return "after " + months + (months == 1 ? " month" : " months") + " without activity";
        }
    }
}
