package io.loyaltyclub.earning;

import java.util.OptionalLong;

import io.loyaltyclub.LoyaltyException;

/**
 * The program's settings for earning that are not rules: whether gift cards earn, and the caps. Immutable; start
 * from {@link #standard()} and change what differs.
 *
 * <p>Caps are applied in this order to the order's whole points, each lowering what is left: at most so many
 * points per order; per customer per day, at most the daily cap minus what the customer already earned today; per
 * customer per month likewise. Each cap that lowers the points shows as its own negative item in the breakdown.</p>
 */
public final class EarningPolicy {

    /** Code of the refusal of settings that make no sense, such as a cap of zero points. */
    public static final String INVALID_POLICY = "invalid_policy";

    private static final EarningPolicy STANDARD = new EarningPolicy(false, null, null, null);

    private final boolean giftCardsEarn;
    private final Long maxPointsPerOrder;
    private final Long maxPointsPerCustomerPerDay;
    private final Long maxPointsPerCustomerPerMonth;

    private EarningPolicy(boolean giftCardsEarn, Long maxPointsPerOrder, Long maxPointsPerCustomerPerDay,
            Long maxPointsPerCustomerPerMonth) {
        requirePositiveCap("per order", maxPointsPerOrder);
        requirePositiveCap("per customer per day", maxPointsPerCustomerPerDay);
        requirePositiveCap("per customer per month", maxPointsPerCustomerPerMonth);
        this.giftCardsEarn = giftCardsEarn;
        this.maxPointsPerOrder = maxPointsPerOrder;
        this.maxPointsPerCustomerPerDay = maxPointsPerCustomerPerDay;
        this.maxPointsPerCustomerPerMonth = maxPointsPerCustomerPerMonth;
    }

    /** Gift cards do not earn, and there are no caps. */
    public static EarningPolicy standard() {
        return STANDARD;
    }

    public EarningPolicy withGiftCardsEarning(boolean earn) {
        return new EarningPolicy(earn, maxPointsPerOrder, maxPointsPerCustomerPerDay, maxPointsPerCustomerPerMonth);
    }

    /**
     * @param max the cap, or {@code null} for none
     * @throws LoyaltyException {@value #INVALID_POLICY} when the cap is not positive
     */
    public EarningPolicy withMaxPointsPerOrder(Long max) {
        return new EarningPolicy(giftCardsEarn, max, maxPointsPerCustomerPerDay, maxPointsPerCustomerPerMonth);
    }

    /** As {@link #withMaxPointsPerOrder}, for the points a customer earns in one day of the shop's time zone. */
    public EarningPolicy withMaxPointsPerCustomerPerDay(Long max) {
        return new EarningPolicy(giftCardsEarn, maxPointsPerOrder, max, maxPointsPerCustomerPerMonth);
    }

    /** As {@link #withMaxPointsPerOrder}, for the points a customer earns in one month of the shop's time zone. */
    public EarningPolicy withMaxPointsPerCustomerPerMonth(Long max) {
        return new EarningPolicy(giftCardsEarn, maxPointsPerOrder, maxPointsPerCustomerPerDay, max);
    }

    public boolean isGiftCardsEarn() {
        return giftCardsEarn;
    }

    public OptionalLong getMaxPointsPerOrder() {
        return optional(maxPointsPerOrder);
    }

    public OptionalLong getMaxPointsPerCustomerPerDay() {
        return optional(maxPointsPerCustomerPerDay);
    }

    public OptionalLong getMaxPointsPerCustomerPerMonth() {
        return optional(maxPointsPerCustomerPerMonth);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static void requirePositiveCap(String what, Long cap) {
        if (cap != null && cap <= 0) {
            throw new LoyaltyException(INVALID_POLICY, "the cap " + what + " must be a positive number of points, was "
                    + cap + "; leave it empty for no cap");
        }
    }

    @Override
    public String toString() {
        return "earning policy (gift cards " + (giftCardsEarn ? "earn" : "do not earn") + ", max " + maxPointsPerOrder
                + " per order, " + maxPointsPerCustomerPerDay + " per day, " + maxPointsPerCustomerPerMonth
                + " per month)";
    }
}
