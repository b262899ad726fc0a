package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a completed order as the earning rules see it. Immutable.
 *
 * <p>The eligible amount is the line's total (all units) in the order's currency after the line's and the order's
 * discounts, without tax and shipping, and without the part paid with store credit, points or gift cards. The
 * Broadleaf adapter computes it; the engine only converts it to the base currency.</p>
 */
public final class OrderLineForEarning {

    private final long lineId;
    private final long productId;
    private final Set<Long> categoryIds;
    private final int quantity;
    private final BigDecimal eligibleAmount;
    private final boolean giftCard;

    /**
     * @throws IllegalArgumentException when the quantity is not positive, the amount is negative or too large, or a
     * category id is missing
     */
    public OrderLineForEarning(long lineId, long productId, Collection<Long> categoryIds, int quantity,
            BigDecimal eligibleAmount, boolean giftCard) {
        Objects.requireNonNull(categoryIds, "categoryIds");
        Objects.requireNonNull(eligibleAmount, "eligibleAmount");
        if (quantity <= 0) {
            throw new IllegalArgumentException("line " + lineId + ": quantity must be positive, was " + quantity);
        }
        if (eligibleAmount.signum() < 0) {
            throw new IllegalArgumentException("line " + lineId + ": eligible amount must not be negative, was "
                    + eligibleAmount.toPlainString());
        }
        if (!Decimals.withinLimits(eligibleAmount)) {
            throw new IllegalArgumentException("line " + lineId + ": eligible amount " + eligibleAmount.toPlainString()
                    + " is out of range (" + Decimals.LIMITS + ")");
        }
        Set<Long> categories = new LinkedHashSet<>();
        for (Long categoryId : categoryIds) {
            if (categoryId == null) {
                throw new IllegalArgumentException("line " + lineId + ": category ids must not contain null");
            }
            categories.add(categoryId);
        }
        this.lineId = lineId;
        this.productId = productId;
        this.categoryIds = Collections.unmodifiableSet(categories);
        this.quantity = quantity;
        this.eligibleAmount = eligibleAmount;
        this.giftCard = giftCard;
    }

    public long getLineId() {
        return lineId;
    }

    public long getProductId() {
        return productId;
    }

    /** The categories the product belongs to (directly or through its parents, as the adapter decides). */
    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public int getQuantity() {
        return quantity;
    }

    /** The line's eligible amount in the order's currency, see the class comment. */
    public BigDecimal getEligibleAmount() {
        return eligibleAmount;
    }

    /** Whether the line sells a gift card; gift cards earn only when the program says so. */
    public boolean isGiftCard() {
        return giftCard;
    }

    @Override
    public String toString() {
        return "line " + lineId + " (product " + productId + ", categories " + categoryIds + ", " + quantity
                + " x, eligible " + eligibleAmount.toPlainString() + (giftCard ? ", gift card" : "") + ")";
    }
}
