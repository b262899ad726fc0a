package io.loyaltyclub.credit.cashback;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One line of an order as the cash-back rules see it: what the member paid for it with money of their own (the
 * eligible amount, all units, in the order's currency), its product, its categories and its quantity. Immutable.
 */
public final class CashBackLine {

    private final long lineId;
    private final long productId;
    private final Set<Long> categoryIds;
    private final int quantity;
    private final BigDecimal eligibleAmount;

    public CashBackLine(long lineId, long productId, Collection<Long> categoryIds, int quantity, BigDecimal eligibleAmount) {
        Objects.requireNonNull(eligibleAmount, "eligibleAmount");
        if (quantity <= 0 || eligibleAmount.signum() < 0) {
            throw new IllegalArgumentException("line " + lineId + ": quantity " + quantity + ", eligible amount "
                    + eligibleAmount.toPlainString());
        }
        this.lineId = lineId;
        this.productId = productId;
        this.categoryIds = Collections.unmodifiableSet(new LinkedHashSet<Long>(categoryIds));
        this.quantity = quantity;
        this.eligibleAmount = eligibleAmount;
    }

    public long getLineId() {
        return lineId;
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
}
