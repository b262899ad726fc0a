package io.loyaltyclub.checkout;

/** Where an order stands for the club. */
public enum ClubOrderStatus {
    /** Placed: its points are due (less what returns took back). */
    PLACED,
    /** Cancelled: nothing is due; placing it again makes its points due again. */
    CANCELLED
}
