package io.loyaltyclub.reminders;

/** What a reminder e-mail is about. */
public enum ReminderKind {
    /** Available points that reach their expiry date within the next days. */
    POINTS_EXPIRING
}
