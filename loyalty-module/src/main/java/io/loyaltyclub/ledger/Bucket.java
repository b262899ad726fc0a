package io.loyaltyclub.ledger;

/** Where an entry's points count: not yet spendable (inside the return window) or spendable. */
public enum Bucket {
    PENDING,
    AVAILABLE
}
