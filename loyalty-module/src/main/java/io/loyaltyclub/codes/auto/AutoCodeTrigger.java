package io.loyaltyclub.codes.auto;

/** What issues an automatic code; each fires once per occasion. */
public enum AutoCodeTrigger {
    /** Some days before the member's birthday; once a year. */
    BIRTHDAY,
    /** The member reached a tier (any, or the rule's); once per tier. */
    TIER_WELCOME,
    /** The member entered the at-risk segment; once per occasion the caller names. */
    WIN_BACK,
    /** The member's points earned in all reached the rule's threshold; once. */
    POINTS_THRESHOLD
}
