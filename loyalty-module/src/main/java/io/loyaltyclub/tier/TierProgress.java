package io.loyaltyclub.tier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a member still needs on the ladder, as {@link TierLadder#progress} works it out. Amounts are rounded up to
 * what the member can do (a spend to the cent, orders and points to whole units).
 */
public final class TierProgress {

    private final TierMetric metric;
    private final Tier current;
    private final boolean locked;
    private final Tier next;
    private final BigDecimal missingForNext;
    private final LocalDate nextBy;
    private final BigDecimal missingToKeep;
    private final LocalDate keepBy;
    private final LocalDate keptThrough;

    TierProgress(TierMetric metric, Tier current, boolean locked, Tier next, BigDecimal missingForNext,
            LocalDate nextBy, BigDecimal missingToKeep, LocalDate keepBy, LocalDate keptThrough) {
        this.metric = metric;
        this.current = current;
        this.locked = locked;
        this.next = next;
        this.missingForNext = missingForNext;
        this.nextBy = nextBy;
        this.missingToKeep = missingToKeep;
        this.keepBy = keepBy;
        this.keptThrough = keptThrough;
    }

    public TierMetric getMetric() {
        return metric;
    }

    /** The member's tier, or {@code null}. */
    public Tier getCurrent() {
        return current;
    }

    /** Set by an admin: kept until unlocked, whatever the figures. */
    public boolean isLocked() {
        return locked;
    }

    /** The tier above, or {@code null} at the top. */
    public Tier getNext() {
        return next;
    }

    /** What is missing for the next tier in the current window. */
    public BigDecimal getMissingForNext() {
        return missingForNext;
    }

    /** When the current window closes: reach the next tier by then. */
    public LocalDate getNextBy() {
        return nextBy;
    }

    /** What is missing to reach the current tier again in this window; {@code null} when it is reached already. */
    public BigDecimal getMissingToKeep() {
        return missingToKeep;
    }

    /** When the current window closes, for {@link #getMissingToKeep()}. */
    public LocalDate getKeepBy() {
        return keepBy;
    }

    /** The last day the current tier is kept without doing anything more; {@code null} for none or locked. */
    public LocalDate getKeptThrough() {
        return keptThrough;
    }

    /** "120.00 more spend for Gold by 2026-12-31", or {@code null} at the top. */
    public String describeNext() {
        return next == null ? null
                : metric.describeMissing(missingForNext) + " for " + next.getName() + " by " + nextBy;
    }

    /** "Gold is kept through 2027-12-31", "3 more orders by 2026-12-31 keep Silver after 2026-12-31", ... */
    public String describeKeep() {
        if (current == null) {
            return null;
        }
        if (locked) {
            return current.getName() + " is kept until an admin unlocks it";
        }
        if (missingToKeep == null) {
            return current.getName() + " is kept through " + keptThrough;
        }
        return metric.describeMissing(missingToKeep) + " by " + keepBy + " keep " + current.getName()
                + (keptThrough == null ? "" : " after " + keptThrough);
    }

    @Override
    public String toString() {
        return describeNext() + "; " + describeKeep();
    }
}
