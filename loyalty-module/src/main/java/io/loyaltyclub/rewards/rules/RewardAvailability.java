package io.loyaltyclub.rewards.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;

/**
 * Whether a member may redeem a reward now, and if not, why: the first reason in the order a member would want
 * to hear them. The reasons are stable codes ({@link #OUTSIDE_WINDOW}, ...), the ones the club's errors carry.
 * The shop shows a reward as unavailable whenever this answers a reason that is not the member's own
 * ({@link #forEveryone}): out of its window, out of stock, its monthly budget spent.
 */
public final class RewardAvailability {

    public static final String OUTSIDE_WINDOW = "reward_not_available";
    public static final String TIER_NOT_ALLOWED = "tier_not_allowed";
    public static final String SEGMENT_NOT_ALLOWED = "segment_not_allowed";
    public static final String OUT_OF_STOCK = "out_of_stock";
    public static final String BUDGET_SPENT = "reward_budget_spent";
    public static final String LIMIT_REACHED = "reward_limit_reached";
    public static final String INSUFFICIENT_POINTS = "insufficient_points";

    private RewardAvailability() {
    }

    /** Null when the member may redeem the reward now; else the reason. */
    public static String forMember(RewardTerms terms, RewardState state, Instant now) {
        String general = forEveryone(terms, state, now);
        if (general != null) {
            return general;
        }
        if (!terms.tiers.isEmpty() && (state.tier == null || !terms.tiers.contains(state.tier))) {
            return TIER_NOT_ALLOWED;
        }
        if (!terms.segments.isEmpty() && Collections.disjoint(terms.segments, state.segments)) {
            return SEGMENT_NOT_ALLOWED;
        }
        if (terms.limitPerCustomer != null && state.customerRedemptions >= terms.limitPerCustomer) {
            return LIMIT_REACHED;
        }
        if (state.availablePoints < terms.pointsPrice) {
            return INSUFFICIENT_POINTS;
        }
        return null;
    }

    /** Null when the reward can be redeemed by someone now; else why not (window, stock, budget). */
    public static String forEveryone(RewardTerms terms, RewardState state, Instant now) {
        if ((terms.availableFrom != null && now.isBefore(terms.availableFrom))
                || (terms.availableUntil != null && !now.isBefore(terms.availableUntil))) {
            return OUTSIDE_WINDOW;
        }
        return stockOrBudget(terms, state);
    }

    /** Null while the reward has stock and budget left for one more; else why not. */
    public static String stockOrBudget(RewardTerms terms, RewardState state) {
        if (terms.stock != null && state.redeemed >= terms.stock) {
            return OUT_OF_STOCK;
        }
        if (!fitsBudget(terms, state.monthPoints, state.monthMoney)) {
            return BUDGET_SPENT;
        }
        return null;
    }

    /** Whether one more redemption fits the month's budgets, given what the month has given away so far. */
    public static boolean fitsBudget(RewardTerms terms, long monthPoints, BigDecimal monthMoney) {
        if (terms.monthlyPointsBudget != null && monthPoints + terms.pointsPrice > terms.monthlyPointsBudget) {
            return false;
        }
        return terms.monthlyMoneyBudget == null || monthMoney.add(terms.value).compareTo(terms.monthlyMoneyBudget) <= 0;
    }

    /** The budget period of a moment: its calendar month in the program's time zone, as "2026-11". */
    public static String period(Instant at, ZoneId zone) {
        return YearMonth.from(at.atZone(zone)).toString();
    }
}
