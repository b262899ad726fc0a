package io.loyaltyclub.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** A request to add earned points to a member's account. Build with {@link #of(long, long, String)}. */
public final class Earning {

    final long customerId;
    final long points;
    final String idempotencyKey;
    EntrySource source = EntrySource.RULE;
    String sourceRef;
    Long orderId;
    String currencyCode;
    BigDecimal exchangeRate;
    String reason;
    Instant availableAt;
    Instant expiresAt;
    Integer inactivityMonths;

    private Earning(long customerId, long points, String idempotencyKey) {
        this.customerId = customerId;
        this.points = points;
        this.idempotencyKey = idempotencyKey;
    }

    /** {@code points} for the customer; the key makes a repeated call (a retry, a replayed job) count once. */
    public static Earning of(long customerId, long points, String idempotencyKey) {
        return new Earning(customerId, points, idempotencyKey);
    }

    public Earning source(EntrySource source, String sourceRef) {
        this.source = source;
        this.sourceRef = sourceRef;
        return this;
    }

    /** Points earned from an order: its id, currency, and the rate used to convert to the program's currency. */
    public Earning fromOrder(long orderId, String currencyCode, BigDecimal exchangeRate) {
        this.source = EntrySource.ORDER;
        this.orderId = orderId;
        this.currencyCode = currencyCode;
        this.exchangeRate = exchangeRate;
        return this;
    }

    public Earning reason(String reason) {
        this.reason = reason;
        return this;
    }

    /** Pending until then (the return window); {@code null} or a past instant: available at once. */
    public Earning availableAt(Instant availableAt) {
        this.availableAt = availableAt;
        return this;
    }

    /**
     * Expiry by the program's policy: a date N months after the points become available (end of that day in
     * the shop's zone), or after N months without activity, or never.
     */
    public Earning expiringBy(ExpiryPolicy policy, Instant availableAt, java.time.ZoneId shopZone) {
        this.expiresAt = policy.expiresAt(availableAt, shopZone);
        this.inactivityMonths = policy.getKind() == ExpiryPolicy.Kind.AFTER_INACTIVITY ? policy.getMonths() : null;
        return this;
    }

    /** Expiry of the lot; {@code null}: the points do not expire by date. */
    public Earning expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }
}
