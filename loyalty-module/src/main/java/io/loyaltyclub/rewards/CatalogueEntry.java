package io.loyaltyclub.rewards;

/** A reward as one member sees it in the catalogue: available to them, or why not. */
public final class CatalogueEntry {

    private final Reward reward;
    private final String unavailableBecause;

    CatalogueEntry(Reward reward, String unavailableBecause) {
        this.reward = reward;
        this.unavailableBecause = unavailableBecause;
    }

    public Reward getReward() {
        return reward;
    }

    public boolean isAvailable() {
        return unavailableBecause == null;
    }

    /** Null when available; else the reason's code (see {@code RewardAvailability}). */
    public String getUnavailableBecause() {
        return unavailableBecause;
    }
}
