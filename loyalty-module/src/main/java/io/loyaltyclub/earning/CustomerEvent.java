package io.loyaltyclub.earning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import io.loyaltyclub.LoyaltyException;

/**
 * Something a customer did that may earn points, with its <b>occasion key</b>: the key that is the same every time
 * the same occasion is reported again, so the ledger (which keeps one entry per account and key) never awards it
 * twice. Immutable; built with the factory method of each event type.
 *
 * <table>
 * <caption>Occasion keys</caption>
 * <tr><th>Event</th><th>Key</th><th>Earns</th></tr>
 * <tr><td>sign-up</td><td>{@code signup}</td><td>once per customer</td></tr>
 * <tr><td>profile completed</td><td>{@code profile-completed}</td><td>once per customer</td></tr>
 * <tr><td>birthday</td><td>{@code birthday:2026}</td><td>once per calendar year in the shop's time zone</td></tr>
 * <tr><td>product review</td><td>{@code review:<productId>}</td><td>once per product</td></tr>
 * <tr><td>referral, either side</td><td>{@code referral:<newCustomerId>}</td><td>once per new customer</td></tr>
 * </table>
 *
 * <p>Keys are unique within one customer's account, not across accounts: the referrer and the new customer both
 * get {@code referral:<newCustomerId>}, each in their own account.</p>
 */
public final class CustomerEvent {

    private final EventType type;
    private final long customerId;
    private final Instant occurredAt;
    private final String occasionKey;

    private CustomerEvent(EventType type, long customerId, Instant occurredAt, String occasionKey) {
        this.type = type;
        this.customerId = customerId;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.occasionKey = occasionKey;
    }

    public static CustomerEvent signUp(long customerId, Instant at) {
        return new CustomerEvent(EventType.SIGN_UP, customerId, at, "signup");
    }

    public static CustomerEvent profileCompleted(long customerId, Instant at) {
        return new CustomerEvent(EventType.PROFILE_COMPLETED, customerId, at, "profile-completed");
    }

    /** The customer's birthday, celebrated at {@code at}; the year of the key is {@code at}'s year in the shop. */
    public static CustomerEvent birthday(long customerId, Instant at, ZoneId shopZone) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(shopZone, "shopZone");
        return new CustomerEvent(EventType.BIRTHDAY, customerId, at, "birthday:" + at.atZone(shopZone).getYear());
    }

    public static CustomerEvent productReview(long customerId, long productId, Instant at) {
        return new CustomerEvent(EventType.PRODUCT_REVIEW, customerId, at, "review:" + productId);
    }

    /**
     * The referrer's side of a referral.
     *
     * @throws LoyaltyException {@value SelfReferralCheck#SELF_REFERRAL} when both are the same customer
     */
    public static CustomerEvent referrerRewarded(long referrerId, long newCustomerId, Instant at) {
        if (referrerId == newCustomerId) {
            throw new LoyaltyException(SelfReferralCheck.SELF_REFERRAL,
                    "customer " + referrerId + " cannot refer themselves");
        }
        return new CustomerEvent(EventType.REFERRAL_REFERRER, referrerId, at, "referral:" + newCustomerId);
    }

    /** The new customer's side of a referral. */
    public static CustomerEvent newCustomerReferred(long newCustomerId, Instant at) {
        return new CustomerEvent(EventType.REFERRAL_NEW_CUSTOMER, newCustomerId, at, "referral:" + newCustomerId);
    }

    public EventType getType() {
        return type;
    }

    /** The customer whose account the points go to. */
    public long getCustomerId() {
        return customerId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The key that identifies the occasion within the customer's account (see the class comment). */
    public String getOccasionKey() {
        return occasionKey;
    }

    @Override
    public String toString() {
        return type + " of customer " + customerId + " at " + occurredAt + " (" + occasionKey + ")";
    }
}
