package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an order earns and why: the total points, the points attributed to each line (returning a line takes back
 * exactly these), and the items that explain the total. Immutable.
 *
 * <p>The items add up to the total, and so do the lines. Lines that earn nothing (excluded, gift cards that do not
 * earn, free lines) are present with 0.</p>
 */
public final class EarningBreakdown {

    private final long orderId;
    private final BigDecimal exactPoints;
    private final long pointsBeforeCaps;
    private final long totalPoints;
    private final Map<Long, Long> pointsPerLine;
    private final List<BreakdownItem> items;

    EarningBreakdown(long orderId, BigDecimal exactPoints, long pointsBeforeCaps, long totalPoints,
            Map<Long, Long> pointsPerLine, List<BreakdownItem> items) {
        Objects.requireNonNull(exactPoints, "exactPoints");
        Objects.requireNonNull(pointsPerLine, "pointsPerLine");
        Objects.requireNonNull(items, "items");
        long itemSum = 0;
        for (BreakdownItem item : items) {
            itemSum = Math.addExact(itemSum, item.getPoints());
        }
        long lineSum = 0;
        for (Long points : pointsPerLine.values()) {
            if (points < 0) {
                throw new IllegalArgumentException("order " + orderId + ": a line cannot earn " + points + " points");
            }
            lineSum = Math.addExact(lineSum, points);
        }
        if (itemSum != totalPoints || lineSum != totalPoints) {
            throw new IllegalArgumentException("order " + orderId + ": items add up to " + itemSum
                    + " and lines to " + lineSum + ", not to the total " + totalPoints);
        }
        this.orderId = orderId;
        this.exactPoints = exactPoints;
        this.pointsBeforeCaps = pointsBeforeCaps;
        this.totalPoints = totalPoints;
        this.pointsPerLine = Collections.unmodifiableMap(new LinkedHashMap<>(pointsPerLine));
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    public long getOrderId() {
        return orderId;
    }

    /** The sum of every line's and bonus's exact points, before rounding down and before caps. */
    public BigDecimal getExactPoints() {
        return exactPoints;
    }

    /** The exact points rounded down once, before caps. */
    public long getPointsBeforeCaps() {
        return pointsBeforeCaps;
    }

    /** The points the order earns. */
    public long getTotalPoints() {
        return totalPoints;
    }

    /** Points per line id, in the order's line order; they add up to the total. */
    public Map<Long, Long> getPointsPerLine() {
        return pointsPerLine;
    }

    /**
     * The points attributed to one line.
     *
     * @throws IllegalArgumentException when the order has no such line
     */
    public long getPointsForLine(long lineId) {
        Long points = pointsPerLine.get(lineId);
        if (points == null) {
            throw new IllegalArgumentException("order " + orderId + " has no line " + lineId);
        }
        return points;
    }

    /**
     * The items in this order: the base rate, multipliers and bonuses (in the order of the rule list), exclusions
     * and gift cards (0 points), then caps (negative).
     */
    public List<BreakdownItem> getItems() {
        return items;
    }

    @Override
    public String toString() {
        return "order " + orderId + " earns " + totalPoints + " points " + items + " per line " + pointsPerLine;
    }
}
