package io.loyaltyclub.ledger;

/** What caused an entry. */
public enum EntrySource {
    ORDER,
    RULE,
    EVENT,
    ADMIN,
    /** Paying (part of) an order with points at checkout, and what comes back of it on a refund. */
    PAYMENT,
    /** A reward of the catalogue the member redeemed points for. */
    REWARD,
    /** The club's own jobs: releasing pending points, expiry. */
    SYSTEM
}
