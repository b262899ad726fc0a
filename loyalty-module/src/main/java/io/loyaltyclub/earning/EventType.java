package io.loyaltyclub.earning;

/**
 * Things a customer does, other than buying, that can earn points, and how often each may earn:
 * see {@link CustomerEvent#getOccasionKey()}.
 */
public enum EventType {
    /** Opened an account; once per customer. */
    SIGN_UP,
    /** Filled in the profile; once per customer. */
    PROFILE_COMPLETED,
    /** Has a birthday; once per calendar year in the shop's time zone. */
    BIRTHDAY,
    /** Wrote a product review; once per product. */
    PRODUCT_REVIEW,
    /** Brought a new customer (points for the one who referred); once per new customer. */
    REFERRAL_REFERRER,
    /** Came through a referral (points for the new customer); once. */
    REFERRAL_NEW_CUSTOMER
}
