package io.loyaltyclub.earning;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the earning rules need to know of the customer's past when an order completes. Immutable. All figures are
 * taken just before this order and do not count it.
 *
 * <p>"Today" and "this month" are days and months in the shop's time zone, which is also the zone in which a
 * campaign's days of the week are judged.</p>
 */
public final class CustomerHistory {

    private final String tierCode;
    private final long earlierPaidOrders;
    private final long ordersInLast30Days;
    private final Long daysSincePreviousOrder;
    private final long pointsEarnedToday;
    private final long pointsEarnedThisMonth;
    private final ZoneId shopZone;
    private final Set<String> segmentCodes;

    /**
     * @param tierCode the customer's tier, or {@code null} when the customer has none
     * @param earlierPaidOrders paid orders before this one; 0 means this is the customer's first order
     * @param ordersInLast30Days paid orders in the 30 days before this one (so at most {@code earlierPaidOrders})
     * @param daysSincePreviousOrder whole days since the previous paid order; {@code null} when there is none (or
     * it is not known)
     * @param pointsEarnedToday points already earned today, for the daily cap
     * @param pointsEarnedThisMonth points already earned this month (today's included), for the monthly cap
     * @param shopZone the shop's time zone
     * @throws IllegalArgumentException when the figures are negative or contradict each other
     */
    public CustomerHistory(String tierCode, long earlierPaidOrders, long ordersInLast30Days,
            Long daysSincePreviousOrder, long pointsEarnedToday, long pointsEarnedThisMonth, ZoneId shopZone) {
        this(tierCode, earlierPaidOrders, ordersInLast30Days, daysSincePreviousOrder, pointsEarnedToday,
                pointsEarnedThisMonth, shopZone, Collections.<String>emptySet());
    }

    private CustomerHistory(String tierCode, long earlierPaidOrders, long ordersInLast30Days,
            Long daysSincePreviousOrder, long pointsEarnedToday, long pointsEarnedThisMonth, ZoneId shopZone,
            Collection<String> segmentCodes) {
        Objects.requireNonNull(shopZone, "shopZone");
        Objects.requireNonNull(segmentCodes, "segmentCodes");
        if (tierCode != null && tierCode.trim().isEmpty()) {
            throw new IllegalArgumentException("tier code must be null or not blank");
        }
        if (earlierPaidOrders < 0) {
            throw new IllegalArgumentException("earlier paid orders must not be negative, were " + earlierPaidOrders);
        }
        if (ordersInLast30Days < 0 || ordersInLast30Days > earlierPaidOrders) {
            throw new IllegalArgumentException("orders in the last 30 days must be between 0 and the "
                    + earlierPaidOrders + " earlier paid orders, were " + ordersInLast30Days);
        }
        if (daysSincePreviousOrder != null && earlierPaidOrders == 0) {
            throw new IllegalArgumentException("a first order has no previous order, yet days since it were "
                    + daysSincePreviousOrder);
        }
        if (daysSincePreviousOrder != null && daysSincePreviousOrder < 0) {
            throw new IllegalArgumentException("days since the previous order must not be negative, were "
                    + daysSincePreviousOrder);
        }
        if (pointsEarnedToday < 0 || pointsEarnedThisMonth < 0) {
            throw new IllegalArgumentException("points already earned must not be negative, were " + pointsEarnedToday
                    + " today and " + pointsEarnedThisMonth + " this month");
        }
        if (pointsEarnedToday > pointsEarnedThisMonth) {
            throw new IllegalArgumentException("points earned today (" + pointsEarnedToday
                    + ") cannot exceed points earned this month (" + pointsEarnedThisMonth + ")");
        }
        this.tierCode = tierCode;
        this.earlierPaidOrders = earlierPaidOrders;
        this.ordersInLast30Days = ordersInLast30Days;
        this.daysSincePreviousOrder = daysSincePreviousOrder;
        this.pointsEarnedToday = pointsEarnedToday;
        this.pointsEarnedThisMonth = pointsEarnedThisMonth;
        this.shopZone = shopZone;
        this.segmentCodes = Collections.unmodifiableSet(new LinkedHashSet<>(segmentCodes));
    }

    /** A customer placing a first order: no tier, no earlier orders, nothing earned yet. */
    public static CustomerHistory firstOrder(ZoneId shopZone) {
        return new CustomerHistory(null, 0, 0, null, 0, 0, shopZone);
    }

    public CustomerHistory withTier(String tierCode) {
        return new CustomerHistory(tierCode, earlierPaidOrders, ordersInLast30Days, daysSincePreviousOrder,
                pointsEarnedToday, pointsEarnedThisMonth, shopZone, segmentCodes);
    }

    public CustomerHistory withEarlierOrders(long earlierPaidOrders, long ordersInLast30Days,
            Long daysSincePreviousOrder) {
        return new CustomerHistory(tierCode, earlierPaidOrders, ordersInLast30Days, daysSincePreviousOrder,
                pointsEarnedToday, pointsEarnedThisMonth, shopZone, segmentCodes);
    }

    public CustomerHistory withPointsEarned(long today, long thisMonth) {
        return new CustomerHistory(tierCode, earlierPaidOrders, ordersInLast30Days, daysSincePreviousOrder, today,
                thisMonth, shopZone, segmentCodes);
    }

    /** The segments the customer is in (for rules that name segments). */
    public CustomerHistory withSegments(Collection<String> segmentCodes) {
        return new CustomerHistory(tierCode, earlierPaidOrders, ordersInLast30Days, daysSincePreviousOrder,
                pointsEarnedToday, pointsEarnedThisMonth, shopZone, segmentCodes);
    }

    public Set<String> getSegmentCodes() {
        return segmentCodes;
    }

    /** The customer's tier code, or {@code null}. */
    public String getTierCode() {
        return tierCode;
    }

    public long getEarlierPaidOrders() {
        return earlierPaidOrders;
    }

    public boolean isFirstOrder() {
        return earlierPaidOrders == 0;
    }

    /** This order's number in the customer's paid orders: 1 for the first order. */
    public long getOrderNumber() {
        return Math.addExact(earlierPaidOrders, 1L);
    }

    public long getOrdersInLast30Days() {
        return ordersInLast30Days;
    }

    /** Days since the previous paid order, or {@code null} when there is none or it is not known. */
    public Long getDaysSincePreviousOrder() {
        return daysSincePreviousOrder;
    }

    public long getPointsEarnedToday() {
        return pointsEarnedToday;
    }

    public long getPointsEarnedThisMonth() {
        return pointsEarnedThisMonth;
    }

    public ZoneId getShopZone() {
        return shopZone;
    }

    @Override
    public String toString() {
        return "history (tier " + tierCode + ", " + earlierPaidOrders + " earlier orders, " + ordersInLast30Days
                + " in 30 days, " + daysSincePreviousOrder + " days since the previous, earned " + pointsEarnedToday
                + " today and " + pointsEarnedThisMonth + " this month, zone " + shopZone + ")";
    }
}
