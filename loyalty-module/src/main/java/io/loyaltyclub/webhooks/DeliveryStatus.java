package io.loyaltyclub.webhooks;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Not delivered yet: waiting for its first attempt or its next retry. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Given up after the last retry; the admin can replay it. */
    PARKED
}
