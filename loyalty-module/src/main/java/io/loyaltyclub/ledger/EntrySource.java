package io.loyaltyclub.ledger;

/** What caused an entry. */
public enum EntrySource {
    ORDER,
    RULE,
    EVENT,
    ADMIN,
    /** The club's own jobs: releasing pending points, expiry. */
    SYSTEM
}
