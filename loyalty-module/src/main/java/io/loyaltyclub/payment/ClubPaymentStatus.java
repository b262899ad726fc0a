package io.loyaltyclub.payment;

/** Where a club payment stands. */
public enum ClubPaymentStatus {
    /** Taken from the member's account when Broadleaf confirmed the payment at checkout. */
    CONFIRMED,
    /** Given back in full because the checkout failed after confirming it. */
    VOIDED
}
