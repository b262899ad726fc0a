package io.loyaltyclub.ledger;

/** Tells the ledger whether a customer exists in the shop, so points are never booked for nobody. */
public interface MemberDirectory {

    boolean exists(long customerId);
}
