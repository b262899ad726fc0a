package io.loyaltyclub.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a member counts as close to the next tier: at least {@code minPercent} of the next tier's threshold reached
 * in the current window, or no more than {@code maxMissing} (in the ladder's metric) still missing. Either
 * criterion may be switched off with 0. A member at the top, locked by an admin, or with nothing missing (the
 * upgrade is due) is never close.
 */
public final class NextTierNearness {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int minPercent;
    private final BigDecimal maxMissing;

    /**
     * @param minPercent 1 to 99, or 0 for no percentage criterion
     * @param maxMissing what may still be missing (e.g. 20.00 of spend, 1 order), or 0 for no such criterion
     */
    public NextTierNearness(int minPercent, BigDecimal maxMissing) {
        if (minPercent < 0 || minPercent > 99) {
            throw new IllegalArgumentException("the share of the next tier reached is 0 (off) to 99 percent, not "
                    + minPercent);
        }
        if (maxMissing == null || maxMissing.signum() < 0) {
            throw new IllegalArgumentException("what may still be missing is 0 (off) or more, not " + maxMissing);
        }
        this.minPercent = minPercent;
        this.maxMissing = maxMissing;
    }

    public int getMinPercent() {
        return minPercent;
    }

    public BigDecimal getMaxMissing() {
        return maxMissing;
    }

    public boolean isClose(TierProgress progress) {
        if (progress == null || progress.getNext() == null || progress.isLocked()
                || progress.getMissingForNext().signum() <= 0) {
            return false;
        }
        boolean byShare = minPercent > 0 && percentReached(progress) >= minPercent;
        boolean byAmount = maxMissing.signum() > 0 && progress.getMissingForNext().compareTo(maxMissing) <= 0;
        return byShare || byAmount;
    }

    /**
     * The whole percent of the next tier's threshold reached (rounded down, from what is missing as the member
     * can do it), 0 to 100; 100 at the top.
     */
    public static int percentReached(TierProgress progress) {
        if (progress.getNext() == null) {
            return 100;
        }
        BigDecimal threshold = progress.getNext().getThreshold();
        if (threshold.signum() <= 0) {
            return 100;
        }
        BigDecimal reached = threshold.subtract(progress.getMissingForNext()).max(BigDecimal.ZERO);
        return reached.multiply(HUNDRED).divide(threshold, 0, RoundingMode.FLOOR).min(HUNDRED).intValue();
    }
}
