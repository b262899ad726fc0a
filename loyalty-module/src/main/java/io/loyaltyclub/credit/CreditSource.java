package io.loyaltyclub.credit;

/** What caused a store-credit entry. */
public enum CreditSource {
    /** An order: credit spent on it, given back when it was refunded. */
    ORDER,
    /** Cash-back earned on an order by the merchant's cash-back rules. */
    CASH_BACK,
    /** Credit used as a payment method at checkout. */
    PAYMENT,
    /** An admin's correction or goodwill credit. */
    ADMIN,
    /** A reward the member chose. */
    REWARD,
    /** The club's own jobs: releasing pending credit, expiry. */
    SYSTEM
}
