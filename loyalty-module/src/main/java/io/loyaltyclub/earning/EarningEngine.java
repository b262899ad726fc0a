package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import io.loyaltyclub.LoyaltyException;

/**
 * Works out the points a completed order earns under the merchant's earning rules and the program's
 * {@link EarningPolicy}, and explains them in an {@link EarningBreakdown}. Pure: it reads nothing but its arguments
 * and keeps no state, so one instance serves every thread.
 *
 * <p><b>Which rules take part.</b> Only rules that are active and in force at the order's time (inside their window,
 * start inclusive and end exclusive; for campaigns limited to some days, on one of those days in the shop's time
 * zone), and, for rules that name segments, only for members of one of them. Of several base rates in force, the
 * highest applies (the first in the list among equal rates).</p>
 *
 * <p><b>Which lines earn.</b> A gift-card line earns nothing unless the policy says gift cards earn. A line selected
 * by an exclusion earns nothing at all: no base points, no multiplier, and no share of the bonuses. A line with an
 * eligible amount of zero earns nothing. Every other line is an earning line.</p>
 *
 * <p><b>How points combine.</b> A line's base points are its eligible amount converted to base currency (amount
 * times the order's exchange rate) times the base rate. Each multiplier that applies to the line adds
 * base &times; (coefficient &minus; 1) extra points, so multipliers add up instead of compounding: &times;2 and
 * &times;3 on the same line give base &times; 4, not base &times; 6. Multipliers act on base points only, never on
 * other multipliers' extras or on bonuses. Bonuses are fixed points for the whole order, given only when the order
 * has at least one earning line, and every bonus whose condition holds is given.</p>
 *
 * <p><b>Rounding and caps.</b> All of that is exact; the order's sum is rounded down once ({@link PointsRounding}),
 * then the caps lower it. The whole points are attributed to the earning lines by the largest-remainder method: a
 * line's quota is its own base and extra points plus its share of the bonuses (in proportion to eligible amounts),
 * scaled down proportionally when a cap cut the order. Items are shared the same way from their exact points.</p>
 */
public final class EarningEngine {

    /**
     * @param rules the merchant's rules, each id once, in the order the merchant sees them (inactive rules and
     * rules out of their window may be among them)
     * @throws IllegalArgumentException when the rules contain null or repeat an id
     * @throws LoyaltyException {@value PointsRounding#POINTS_OUT_OF_RANGE} when the order would earn more points
     * than a {@code long} holds
     */
    public EarningBreakdown evaluate(OrderForEarning order, List<EarningRule> rules, EarningPolicy policy) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(policy, "policy");
        CustomerHistory history = order.getHistory();
        List<EarningRule> inForce = rulesInForce(rules, order.getOrderedAt(), history);
        EarningRule baseRate = chooseBaseRate(inForce);

        List<LineDraft> earning = new ArrayList<>();
        List<Long> giftCardLineIds = new ArrayList<>();
        Map<EarningRule, List<Long>> excludedLineIds = new LinkedHashMap<>();
        for (OrderLineForEarning line : order.getLines()) {
            if (line.isGiftCard() && !policy.isGiftCardsEarn()) {
                giftCardLineIds.add(line.getLineId());
                continue;
            }
            EarningRule exclusion = firstExclusionSelecting(inForce, line);
            if (exclusion != null) {
                if (!excludedLineIds.containsKey(exclusion)) {
                    excludedLineIds.put(exclusion, new ArrayList<Long>());
                }
                excludedLineIds.get(exclusion).add(line.getLineId());
                continue;
            }
            if (line.getEligibleAmount().signum() == 0) {
                continue;
            }
            BigDecimal baseAmount = line.getEligibleAmount().multiply(order.getExchangeRate());
            earning.add(new LineDraft(line, baseAmount,
                    baseRate == null ? BigDecimal.ZERO : baseAmount.multiply(baseRate.getRate())));
        }

        List<ItemDraft> drafts = new ArrayList<>();
        if (baseRate != null && !earning.isEmpty()) {
            drafts.add(baseRateItem(baseRate, earning));
        }
        for (EarningRule rule : inForce) {
            if (rule.getType().isMultiplier()) {
                List<LineDraft> multiplied = linesMultipliedBy(rule, earning, history);
                if (!multiplied.isEmpty()) {
                    drafts.add(multiplierItem(rule, multiplied, history));
                }
            }
        }
        BigDecimal bonusPoints = BigDecimal.ZERO;
        if (!earning.isEmpty()) {
            for (EarningRule rule : inForce) {
                String reason = rule.getType().isBonus() ? bonusReason(rule, history) : null;
                if (reason != null) {
                    BigDecimal points = BigDecimal.valueOf(rule.getBonusPoints());
                    drafts.add(new ItemDraft(BreakdownItem.Kind.RULE, rule, reason, points,
                            Collections.<Long>emptyList()));
                    bonusPoints = bonusPoints.add(points);
                }
            }
        }
        for (Map.Entry<EarningRule, List<Long>> excluded : excludedLineIds.entrySet()) {
            drafts.add(new ItemDraft(BreakdownItem.Kind.RULE, excluded.getKey(),
                    excluded.getKey().getName() + ": no points on " + describeLines(excluded.getValue()),
                    BigDecimal.ZERO, excluded.getValue()));
        }
        if (!giftCardLineIds.isEmpty()) {
            drafts.add(new ItemDraft(BreakdownItem.Kind.GIFT_CARDS_DO_NOT_EARN, null,
                    "Gift cards do not earn points (" + describeLines(giftCardLineIds) + ")", BigDecimal.ZERO,
                    giftCardLineIds));
        }

        BigDecimal exactPoints = BigDecimal.ZERO;
        List<BigDecimal> itemQuotas = new ArrayList<>(drafts.size());
        for (ItemDraft draft : drafts) {
            exactPoints = exactPoints.add(draft.exactPoints);
            itemQuotas.add(draft.exactPoints);
        }
        long pointsBeforeCaps = PointsRounding.floorOrderPoints(exactPoints);
        long[] itemPoints = PointsRounding.largestRemainder(pointsBeforeCaps, itemQuotas, BigDecimal.ONE);
        List<BreakdownItem> items = new ArrayList<>(drafts.size() + 3);
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft draft = drafts.get(i);
            items.add(new BreakdownItem(draft.kind, draft.rule, draft.reason, draft.exactPoints, itemPoints[i],
                    draft.lineIds));
        }
        long totalPoints = applyCaps(pointsBeforeCaps, policy, history, items);

        Map<Long, Long> pointsPerLine = attributeToLines(order, earning, bonusPoints, pointsBeforeCaps, totalPoints);
        return new EarningBreakdown(order.getOrderId(), exactPoints, pointsBeforeCaps, totalPoints, pointsPerLine,
                items);
    }

    private static List<EarningRule> rulesInForce(List<EarningRule> rules, Instant at, CustomerHistory history) {
        Set<Long> ids = new HashSet<>();
        List<EarningRule> inForce = new ArrayList<>();
        for (EarningRule rule : rules) {
            if (rule == null) {
                throw new IllegalArgumentException("rules must not contain null");
            }
            if (!ids.add(rule.getId())) {
                throw new IllegalArgumentException("rule id " + rule.getId() + " repeats");
            }
            if (rule.isInForceAt(at, history.getShopZone()) && rule.isFor(history)) {
                inForce.add(rule);
            }
        }
        return inForce;
    }

    private static EarningRule chooseBaseRate(List<EarningRule> inForce) {
        EarningRule chosen = null;
        for (EarningRule rule : inForce) {
            if (rule.getType() == EarningRuleType.BASE_RATE
                    && (chosen == null || rule.getRate().compareTo(chosen.getRate()) > 0)) {
                chosen = rule;
            }
        }
        return chosen;
    }

    private static EarningRule firstExclusionSelecting(List<EarningRule> inForce, OrderLineForEarning line) {
        for (EarningRule rule : inForce) {
            if (rule.getType() == EarningRuleType.EXCLUSION && rule.selects(line)) {
                return rule;
            }
        }
        return null;
    }

    private static ItemDraft baseRateItem(EarningRule baseRate, List<LineDraft> earning) {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        List<Long> lineIds = new ArrayList<>();
        for (LineDraft line : earning) {
            amount = amount.add(line.baseAmount);
            points = points.add(line.basePoints);
            lineIds.add(line.line.getLineId());
        }
        String reason = baseRate.getName() + ": " + Decimals.plain(baseRate.getRate())
                + (baseRate.getRate().compareTo(BigDecimal.ONE) == 0 ? " point" : " points")
                + " per unit of base currency on an eligible "
                + Decimals.plain(amount.setScale(2, RoundingMode.HALF_EVEN));
        return new ItemDraft(BreakdownItem.Kind.RULE, baseRate, reason, points, lineIds);
    }

    private static List<LineDraft> linesMultipliedBy(EarningRule rule, List<LineDraft> earning,
            CustomerHistory history) {
        switch (rule.getType()) {
            case PRODUCT_MULTIPLIER:
            case CATEGORY_MULTIPLIER:
                List<LineDraft> selected = new ArrayList<>();
                for (LineDraft line : earning) {
                    if (rule.selects(line.line)) {
                        selected.add(line);
                    }
                }
                return selected;
            case TIER_MULTIPLIER:
                String tier = history.getTierCode();
                return tier != null && rule.getTierCodes().contains(tier) ? earning
                        : Collections.<LineDraft>emptyList();
            case CAMPAIGN_MULTIPLIER:
                return earning;
            default:
                throw new IllegalStateException(rule.getType() + " is not a multiplier");
        }
    }

    private static ItemDraft multiplierItem(EarningRule rule, List<LineDraft> multiplied, CustomerHistory history) {
        BigDecimal extraPerBasePoint = rule.getCoefficient().subtract(BigDecimal.ONE);
        BigDecimal points = BigDecimal.ZERO;
        List<Long> lineIds = new ArrayList<>();
        for (LineDraft line : multiplied) {
            BigDecimal extra = line.basePoints.multiply(extraPerBasePoint);
            line.points = line.points.add(extra);
            points = points.add(extra);
            lineIds.add(line.line.getLineId());
        }
        String factor = "x" + Decimals.plain(rule.getCoefficient());
        String reason;
        switch (rule.getType()) {
            case TIER_MULTIPLIER:
                reason = rule.getName() + ": " + factor + " for tier " + history.getTierCode();
                break;
            case CAMPAIGN_MULTIPLIER:
                reason = rule.getName() + ": " + factor + " campaign";
                break;
            default:
                reason = rule.getName() + ": " + factor + " on " + describeLines(lineIds);
                break;
        }
        return new ItemDraft(BreakdownItem.Kind.RULE, rule, reason, points, lineIds);
    }

    /** Why the bonus is given, or {@code null} when its condition does not hold. */
    private static String bonusReason(EarningRule rule, CustomerHistory history) {
        switch (rule.getType()) {
            case FIRST_ORDER_BONUS:
                return history.isFirstOrder() ? rule.getName() + ": first-order bonus" : null;
            case NTH_ORDER_BONUS:
                long number = history.getOrderNumber();
                return number % rule.getEveryNthOrder() == 0
                        ? rule.getName() + ": bonus on order number " + number + " (every " + rule.getEveryNthOrder()
                                + " orders)"
                        : null;
            case FREQUENCY_BONUS:
                long recent = history.getOrdersInLast30Days();
                return recent >= rule.getMinOrdersInLast30Days()
                        ? rule.getName() + ": bonus for " + recent + " orders in the 30 days before this one ("
                                + rule.getMinOrdersInLast30Days() + " needed)"
                        : null;
            case WELCOME_BACK_BONUS:
                Long days = history.getDaysSincePreviousOrder();
                return days != null && days >= rule.getMinDaysSincePreviousOrder()
                        ? rule.getName() + ": welcome back after " + days + " days ("
                                + rule.getMinDaysSincePreviousOrder() + " needed)"
                        : null;
            default:
                throw new IllegalStateException(rule.getType() + " is not a bonus");
        }
    }

    /** Lowers the points by each cap in turn, adding a negative item for each cap that took points away. */
    private static long applyCaps(long points, EarningPolicy policy, CustomerHistory history,
            List<BreakdownItem> items) {
        long left = points;
        OptionalLong perOrder = policy.getMaxPointsPerOrder();
        if (perOrder.isPresent() && left > perOrder.getAsLong()) {
            items.add(capItem(BreakdownItem.Kind.ORDER_CAP,
                    "At most " + perOrder.getAsLong() + " points per order", left - perOrder.getAsLong()));
            left = perOrder.getAsLong();
        }
        OptionalLong perDay = policy.getMaxPointsPerCustomerPerDay();
        if (perDay.isPresent()) {
            long room = Math.max(0, perDay.getAsLong() - history.getPointsEarnedToday());
            if (left > room) {
                items.add(capItem(BreakdownItem.Kind.DAILY_CAP, "At most " + perDay.getAsLong()
                        + " points per day; " + history.getPointsEarnedToday() + " already earned today", left - room));
                left = room;
            }
        }
        OptionalLong perMonth = policy.getMaxPointsPerCustomerPerMonth();
        if (perMonth.isPresent()) {
            long room = Math.max(0, perMonth.getAsLong() - history.getPointsEarnedThisMonth());
            if (left > room) {
                items.add(capItem(BreakdownItem.Kind.MONTHLY_CAP, "At most " + perMonth.getAsLong()
                        + " points per month; " + history.getPointsEarnedThisMonth() + " already earned this month",
                        left - room));
                left = room;
            }
        }
        return left;
    }

    private static BreakdownItem capItem(BreakdownItem.Kind kind, String reason, long cut) {
        return new BreakdownItem(kind, null, reason, BigDecimal.valueOf(-cut), -cut, Collections.<Long>emptyList());
    }

    /**
     * Shares the order's points among its earning lines. Quota of a line: its own exact points plus its share of
     * the bonuses by eligible amount, i.e. (own &times; A + bonuses &times; amount) / A with A the earning lines'
     * total amount; when a cap cut the order the quotas are scaled to the capped total.
     */
    private static Map<Long, Long> attributeToLines(OrderForEarning order, List<LineDraft> earning,
            BigDecimal bonusPoints, long pointsBeforeCaps, long totalPoints) {
        Map<Long, Long> pointsPerLine = new LinkedHashMap<>();
        for (OrderLineForEarning line : order.getLines()) {
            pointsPerLine.put(line.getLineId(), 0L);
        }
        if (totalPoints == 0) {
            return pointsPerLine;
        }
        BigDecimal totalAmount = BigDecimal.ZERO;
        for (LineDraft line : earning) {
            totalAmount = totalAmount.add(line.line.getEligibleAmount());
        }
        List<BigDecimal> quotaNumerators = new ArrayList<>(earning.size());
        for (LineDraft line : earning) {
            quotaNumerators.add(line.points.multiply(totalAmount)
                    .add(bonusPoints.multiply(line.line.getEligibleAmount())));
        }
        long[] shares = totalPoints == pointsBeforeCaps
                ? PointsRounding.largestRemainder(totalPoints, quotaNumerators, totalAmount)
                : PointsRounding.proportionally(totalPoints, quotaNumerators);
        for (int i = 0; i < earning.size(); i++) {
            pointsPerLine.put(earning.get(i).line.getLineId(), shares[i]);
        }
        return pointsPerLine;
    }

    private static String describeLines(List<Long> lineIds) {
        StringBuilder text = new StringBuilder(lineIds.size() == 1 ? "line " : "lines ");
        for (int i = 0; i < lineIds.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(lineIds.get(i));
        }
        return text.toString();
    }

    /** A line that earns, while its points are being worked out. */
    private static final class LineDraft {

        final OrderLineForEarning line;
        final BigDecimal baseAmount;
        final BigDecimal basePoints;
        /** Base points plus every multiplier's extra points so far. */
        BigDecimal points;

        LineDraft(OrderLineForEarning line, BigDecimal baseAmount, BigDecimal basePoints) {
            this.line = line;
            this.baseAmount = baseAmount;
            this.basePoints = basePoints;
            this.points = basePoints;
        }
    }

    /** An item before its whole points are known. */
    private static final class ItemDraft {

        final BreakdownItem.Kind kind;
        final EarningRule rule;
        final String reason;
        final BigDecimal exactPoints;
        final List<Long> lineIds;

        ItemDraft(BreakdownItem.Kind kind, EarningRule rule, String reason, BigDecimal exactPoints,
                List<Long> lineIds) {
            this.kind = kind;
            this.rule = rule;
            this.reason = reason;
            this.exactPoints = exactPoints;
            this.lineIds = lineIds;
        }
    }
}
