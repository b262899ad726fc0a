package io.loyaltyclub.ledger;

/**
 * What a reversal does when the points it must take back were already spent (an order returned after its
 * points paid for a reward).
 */
public enum ShortfallPolicy {
    /** Take everything back: the balance goes negative, later earnings pay the debt, redeeming waits for it. */
    DEBT,
    /** Take back what is available and record the rest as unrecovered; the balance never goes negative. */
    FORFEIT
}
