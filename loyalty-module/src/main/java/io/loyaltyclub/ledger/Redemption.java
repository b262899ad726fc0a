package io.loyaltyclub.ledger;

/** A request to spend available points. Build with {@link #of(long, long, String)}. */
public final class Redemption {

    final long customerId;
    final long points;
    final String idempotencyKey;
    EntrySource source = EntrySource.RULE;
    String sourceRef;
    Long orderId;
    String reason;

    private Redemption(long customerId, long points, String idempotencyKey) {
        this.customerId = customerId;
        this.points = points;
        this.idempotencyKey = idempotencyKey;
    }

    public static Redemption of(long customerId, long points, String idempotencyKey) {
        return new Redemption(customerId, points, idempotencyKey);
    }

    public Redemption forOrder(long orderId) {
        this.source = EntrySource.ORDER;
        this.orderId = orderId;
        return this;
    }

    public Redemption source(EntrySource source, String sourceRef) {
        this.source = source;
        this.sourceRef = sourceRef;
        return this;
    }

    public Redemption reason(String reason) {
        this.reason = reason;
        return this;
    }
}
