package io.loyaltyclub.rewards;

/** Where a redeemed reward stands. Codes, credit: issued at once. Gifts and invitations: fulfilled by the shop. */
public enum RewardStatus {
    ISSUED,
    TO_FULFIL,
    SHIPPED,
    DELIVERED
}
