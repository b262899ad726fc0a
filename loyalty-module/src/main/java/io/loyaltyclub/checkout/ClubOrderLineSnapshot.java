package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** One line of an order as the club sees it at checkout. Immutable. */
public final class ClubOrderLineSnapshot {

    private final long orderItemId;
    private final long productId;
    private final Set<Long> categoryIds;
    private final int quantity;
    private final BigDecimal eligibleAmount;
    private final boolean giftCard;

    public ClubOrderLineSnapshot(long orderItemId, long productId, Set<Long> categoryIds, int quantity,
            BigDecimal eligibleAmount, boolean giftCard) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("line " + orderItemId + ": quantity must be positive, was " + quantity);
        }
        if (eligibleAmount == null || eligibleAmount.signum() < 0) {
            throw new IllegalArgumentException("line " + orderItemId + ": eligible amount must not be negative");
        }
        this.orderItemId = orderItemId;
        this.productId = productId;
        this.categoryIds = Collections.unmodifiableSet(new LinkedHashSet<Long>(categoryIds));
        this.quantity = quantity;
        this.eligibleAmount = eligibleAmount;
        this.giftCard = giftCard;
    }

    public long getOrderItemId() {
        return orderItemId;
    }

    public long getProductId() {
        return productId;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getEligibleAmount() {
        return eligibleAmount;
    }

    public boolean isGiftCard() {
        return giftCard;
    }
}
