package io.loyaltyclub.payment;

/** What a club payment is paid with. */
public enum ClubPaymentKind {
    /** Store credit: money the member holds at the shop. */
    CREDIT,
    /** Points, at the program's point value. */
    POINTS
}
