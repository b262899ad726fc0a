package io.loyaltyclub.checkout;

/** Settles orders the club missed (a server stopped between a checkout and its award): run by the release job. */
public interface OrderCatchUp {

    /** Awards submitted orders the club has no placed record of, and cancels those the shop cancelled; returns how many. */
    int settle();
}
