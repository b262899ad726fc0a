package io.loyaltyclub.ledger;

/** What a ledger entry did to a points account. */
public enum EntryType {
    /** Points earned (an order, a rule, an event); the entry is a lot that later spends consume. */
    EARN,
    /** Pending points of a lot became available (end of the return window). Moves points, changes no total. */
    RELEASE,
    /** Points spent (at checkout, on a reward); records the lots it took from. */
    REDEEM,
    /** Points that reached the end of their validity. */
    EXPIRE,
    /** A correction by an admin, with a mandatory reason and the admin's name; a positive one is a lot. */
    ADJUST,
    /** The undoing of (part of) an earlier entry: a cancelled or returned order, a refunded redemption. */
    REVERSE
}
