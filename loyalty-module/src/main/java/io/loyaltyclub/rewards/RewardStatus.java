package io.loyaltyclub.rewards;

/**
 * Where a redeemed reward stands. Codes, credit: issued at once. Gifts and invitations: requested (to fulfil),
 * then shipped (or sent) and delivered, or cancelled before delivery. A reward given back is reversed (unused
 * codes and credit) or cancelled (gifts, invitations); both return the points, the stock and the budget.
 */
public enum RewardStatus {
    ISSUED,
    TO_FULFIL,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REVERSED;

    /** Whether the admin may move a gift or invitation from this status to {@code next}. */
    public boolean mayMoveTo(RewardStatus next) {
        switch (this) {
        case TO_FULFIL:
            return next == SHIPPED || next == DELIVERED || next == CANCELLED;
        case SHIPPED:
            return next == DELIVERED || next == CANCELLED;
        default:
            return false;
        }
    }

    /** Whether the redemption still stands (counts against the member's limit). */
    public boolean stands() {
        return this != CANCELLED && this != REVERSED;
    }
}
