package io.loyaltyclub.rewards;

/** A member's redeemed reward with its code (if it gave one) and whether it can still be used. */
public final class RedeemedReward {

    private final RewardRedemption redemption;
    private final String code;
    private final boolean usable;

    RedeemedReward(RewardRedemption redemption, String code, boolean usable) {
        this.redemption = redemption;
        this.code = code;
        this.usable = usable;
    }

    public RewardRedemption getRedemption() {
        return redemption;
    }

    /** The discount code it gave, or null. */
    public String getCode() {
        return code;
    }

    /** False once it expired or its code was used. */
    public boolean isUsable() {
        return usable;
    }
}
