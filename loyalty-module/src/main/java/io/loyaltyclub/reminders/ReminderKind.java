package io.loyaltyclub.reminders;

/** What a reminder e-mail is about; members may opt out of each kind, or of all. */
public enum ReminderKind {
    /** Available points that reach their expiry date within the next days. */
    POINTS_EXPIRING,
    /** The member is close to the next tier in the current qualification window. */
    NEXT_TIER_CLOSE,
    /** A personal discount code or a redeemed reward that expires within the next days and can still be used. */
    REWARD_EXPIRING,
    /** The member entered the at-risk segment: "we miss you". */
    WIN_BACK,
    /** The member's birthday. */
    BIRTHDAY
}
