package io.loyaltyclub.checkout;

/** Where an order stands for the club. */
public enum ClubOrderStatus {
    /** In checkout: the points are worked out and attributed to the lines, nothing is booked yet. */
    PROVISIONAL,
    /** Placed: its points are due (less what returns took back). */
    PLACED,
    /** Cancelled: nothing is due; placing it again makes its points due again. */
    CANCELLED
}
