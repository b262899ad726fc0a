package io.loyaltyclub.rewards;

import io.loyaltyclub.rewards.rules.PunchCardProgress;

/** A member's progress on a punch card ("3 of 5") and the cards completed. */
public final class CardProgress {

    private final PunchCard card;
    private final PunchCardProgress progress;

    CardProgress(PunchCard card, PunchCardProgress progress) {
        this.card = card;
        this.progress = progress;
    }

    public PunchCard getCard() {
        return card;
    }

    public int getOnCard() {
        return progress.getOnCard();
    }

    public int getNeeded() {
        return progress.getNeeded();
    }

    public long getCompleted() {
        return progress.getCompleted();
    }

    @Override
    public String toString() {
        return card.getName() + ": " + progress;
    }
}
