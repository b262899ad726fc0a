package io.loyaltyclub.rewards.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Punch-card arithmetic. A card needs {@code needed} punches; a qualifying purchase gives one punch (or one per
 * qualifying unit, when the card counts units). When a purchase fills the card, the card is completed and a new
 * one starts: with carry-over the punches past the last one needed count on the new card; without, they are
 * dropped (one completion per purchase at most).
 *
 * <p>Progress is always worked out again from the member's purchases that still stand, in the order they were
 * made, so a cancelled purchase simply takes its punch back.</p>
 */
public final class PunchCardProgress {

    private final int needed;
    private final long completed;
    private final int onCard;

    private PunchCardProgress(int needed, long completed, int onCard) {
        this.needed = needed;
        this.completed = completed;
        this.onCard = onCard;
    }

    /** Progress after the purchases' punches, in the order the purchases were made. */
    public static PunchCardProgress of(int needed, boolean carryOver, List<Integer> punchesPerPurchase) {
        if (needed < 1) {
            throw new IllegalArgumentException("a card needs at least one punch, not " + needed);
        }
        long completed = 0;
        long onCard = 0;
        for (int punches : punchesPerPurchase) {
            onCard += punches;
            if (onCard >= needed) {
                if (carryOver) {
                    completed += onCard / needed;
                    onCard %= needed;
                } else {
                    completed++;
                    onCard = 0;
                }
            }
        }
        return new PunchCardProgress(needed, completed, (int) onCard);
    }

    /**
     * The punches a purchase gives: its lines in the card's category (any line when the card has none) must
     * together reach the minimum amount (when there is one); then one punch, or one per unit of those lines.
     */
    public static int punches(List<PunchLine> lines, Long categoryId, BigDecimal minimumAmount, boolean perUnit) {
        BigDecimal amount = BigDecimal.ZERO;
        int units = 0;
        for (PunchLine line : lines) {
            if (categoryId == null || line.categoryIds.contains(categoryId)) {
                amount = amount.add(line.amount);
                units += line.quantity;
            }
        }
        if (units == 0 || (minimumAmount != null && amount.compareTo(minimumAmount) < 0)) {
            return 0;
        }
        return perUnit ? units : 1;
    }

    public int getNeeded() {
        return needed;
    }

    /** Cards completed so far. */
    public long getCompleted() {
        return completed;
    }

    /** Punches on the current card ("3 of 5"). */
    public int getOnCard() {
        return onCard;
    }

    @Override
    public String toString() {
        return onCard + " of " + needed + (completed > 0 ? " (" + completed + " completed)" : "");
    }

    /** A line of a purchase as punch cards see it. */
    public static final class PunchLine {
        final int quantity;
        final BigDecimal amount;
        final Set<Long> categoryIds;

        public PunchLine(int quantity, BigDecimal amount, Set<Long> categoryIds) {
            this.quantity = quantity;
            this.amount = amount;
            this.categoryIds = categoryIds;
        }
    }
}
