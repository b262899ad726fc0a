package io.loyaltyclub.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The merchant's tiers, lowest first, measured on one {@link TierMetric} over one {@link TierWindow}. Pure and
 * immutable: given a member's monthly figures it says which tier the member reaches and holds
 * ({@link #standing}), how a stored tier moves ({@link #decide}) and what is left to do ({@link #progress}).
 *
 * <p><b>The rules.</b> A window reaches the highest tier whose threshold its metric meets. A tier reached is kept
 * until the end of the next period (see {@link TierWindow}), so the tier held is the highest tier reached by the
 * current window or by an earlier one still in its grace. What a member spends of their points never enters the
 * figures. A purchase only ever raises a member's tier, at once; a lower tier comes from the scheduled
 * evaluation (after the grace) or from a cancellation or return that takes back what reached the tier.</p>
 */
public final class TierLadder {

    /** What changed a member's figures, deciding in which direction the stored tier may move. */
    public enum Trigger {
        /** An order was placed (or placed again): the tier may rise. */
        PURCHASE,
        /** An order was cancelled or units came back: the tier follows the figures both ways. */
        REVERSAL,
        /** The scheduled evaluation: the tier follows the figures both ways. */
        EVALUATION
    }

    private final TierMetric metric;
    private final TierWindow window;
    private final List<Tier> tiers;

    /** @param tiers in any order; sorted by threshold, which must differ, as must the codes */
    public TierLadder(TierMetric metric, TierWindow window, List<Tier> tiers) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.window = Objects.requireNonNull(window, "window");
        List<Tier> sorted = new ArrayList<>(tiers);
        sorted.sort((a, b) -> a.getThreshold().compareTo(b.getThreshold()));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (!codes.add(sorted.get(i).getCode())) {
                throw new IllegalArgumentException("tier code " + sorted.get(i).getCode() + " repeats");
            }
            if (i > 0 && sorted.get(i).getThreshold().compareTo(sorted.get(i - 1).getThreshold()) == 0) {
                throw new IllegalArgumentException("tiers " + sorted.get(i - 1).getCode() + " and "
                        + sorted.get(i).getCode() + " have the same threshold");
            }
        }
        this.tiers = Collections.unmodifiableList(sorted);
    }

    public static TierLadder empty() {
        return new TierLadder(TierMetric.SPEND, TierWindow.calendarYear(), Collections.<Tier>emptyList());
    }

    public TierMetric getMetric() {
        return metric;
    }

    public TierWindow getWindow() {
        return window;
    }

    /** Lowest first. */
    public List<Tier> getTiers() {
        return tiers;
    }

    public boolean isEmpty() {
        return tiers.isEmpty();
    }

    /** The tier of that code, or {@code null} (also for a null code). */
    public Tier find(String code) {
        for (Tier tier : tiers) {
            if (tier.getCode().equals(code)) {
                return tier;
            }
        }
        return null;
    }

    /** 0 for the lowest tier, -1 for no tier or a code the ladder does not have. */
    public int rank(String code) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).getCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public Tier top() {
        return tiers.isEmpty() ? null : tiers.get(tiers.size() - 1);
    }

    /** The highest tier {@code amount} reaches, or {@code null}. */
    public Tier reachedBy(BigDecimal amount) {
        Tier reached = null;
        for (Tier tier : tiers) {
            if (amount.compareTo(tier.getThreshold()) >= 0) {
                reached = tier;
            }
        }
        return reached;
    }

    /** The sum of the metric over the window ending with {@code last}; months missing from the map count 0. */
    public BigDecimal amountInWindow(Map<YearMonth, BigDecimal> monthly, YearMonth last) {
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth month = window.firstMonth(last); !month.isAfter(last); month = month.plusMonths(1)) {
            BigDecimal value = monthly.get(month);
            if (value != null) {
                sum = sum.add(value);
            }
        }
        return sum;
    }

    /**
     * The member's standing in {@code month}, from the metric per month (at least the months since
     * {@link TierWindow#earliestMonthNeeded}).
     */
    public TierStanding standing(Map<YearMonth, BigDecimal> monthly, YearMonth month) {
        BigDecimal now = amountInWindow(monthly, month);
        Tier qualified = reachedBy(now);
        Tier held = null;
        YearMonth heldThrough = null;
        for (YearMonth ending : window.windowsHoldingIn(month)) {
            Tier reached = ending.equals(month) ? qualified : reachedBy(amountInWindow(monthly, ending));
            if (reached == null) {
                continue;
            }
            YearMonth through = window.keptThrough(ending);
            if (held == null || rank(reached.getCode()) > rank(held.getCode())) {
                held = reached;
                heldThrough = through;
            } else if (reached == held && through.isAfter(heldThrough)) {
                heldThrough = through;
            }
        }
        return new TierStanding(month, now, qualified, held, heldThrough);
    }

    /**
     * The tier a member should have after {@code trigger}: the stored one while it is locked by an admin; else the
     * held one, except that a purchase never lowers a tier. A stored code the ladder no longer has counts as none.
     */
    public String decide(String storedCode, boolean locked, TierStanding standing, Trigger trigger) {
        if (locked) {
            return storedCode;
        }
        String held = standing.getHeldCode();
        if (trigger == Trigger.PURCHASE && rank(held) <= rank(storedCode) && find(storedCode) != null) {
            return storedCode;
        }
        return held;
    }

    /**
     * What the member holding {@code currentCode} (locked or not) still needs: for the next tier, and to keep the
     * current one. Dates are the last day of the month concerned.
     */
    public TierProgress progress(String currentCode, boolean locked, TierStanding standing) {
        Tier current = find(currentCode);
        int rank = rank(currentCode);
        YearMonth month = standing.getMonth();
        BigDecimal amount = standing.getAmountInWindow();
        Tier next = null;
        for (Tier tier : tiers) {
            if (rank(tier.getCode()) > rank) {
                next = tier;
                break;
            }
        }
        BigDecimal missingForNext = next == null ? null : metric.missing(next.getThreshold(), amount);
        LocalDate nextBy = next == null ? null : window.periodEnd(month).atEndOfMonth();

        BigDecimal missingToKeep = null;
        LocalDate keepBy = null;
        LocalDate keptThrough = null;
        if (current != null && !locked) {
            if (rank(standing.getQualified() == null ? null : standing.getQualified().getCode()) >= rank) {
                keptThrough = window.keptThrough(month).atEndOfMonth();
            } else {
                missingToKeep = metric.missing(current.getThreshold(), amount);
                keepBy = window.periodEnd(month).atEndOfMonth();
                keptThrough = standing.getHeld() == current ? standing.getHeldThrough().atEndOfMonth() : null;
            }
        }
        return new TierProgress(metric, current, locked, next, missingForNext, nextBy, missingToKeep, keepBy,
                keptThrough);
    }

    @Override
    public String toString() {
        return "ladder on " + metric + " over " + window + ": " + tiers;
    }
}
