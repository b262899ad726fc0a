package io.loyaltyclub.codes.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.loyaltyclub.LoyaltyException;

/**
 * What a campaign's codes take off: a percentage or an amount of the order, or its shipping; or, on some products
 * only, of each of their units (or of one unit: a free product is 100 % off one unit).
 */
public final class CodeDiscount {

    public enum Kind {
        PERCENT_OFF, AMOUNT_OFF, FREE_SHIPPING
    }

    private final Kind kind;
    private final BigDecimal value;
    private final List<Long> productIds;
    private final boolean oneUnit;

    private CodeDiscount(Kind kind, BigDecimal value, List<Long> productIds, boolean oneUnit) {
        this.kind = kind;
        this.value = value;
        this.productIds = productIds;
        this.oneUnit = oneUnit;
    }

    private CodeDiscount(Kind kind, BigDecimal value) {
        this(kind, value, Collections.<Long>emptyList(), false);
    }

    /** One unit of one of the products free. */
    public static CodeDiscount freeProduct(long productId) {
        return percentOff(BigDecimal.valueOf(100)).onProducts(productId).oneUnitOnly();
    }

    /** The same discount on these products' units only, instead of the order. */
    public CodeDiscount onProducts(Long... ids) {
        if (kind == Kind.FREE_SHIPPING || ids.length == 0) {
            throw new LoyaltyException("invalid_discount", "a product discount is a percentage or an amount off some products");
        }
        return new CodeDiscount(kind, value, Collections.unmodifiableList(new ArrayList<Long>(Arrays.asList(ids))), oneUnit);
    }

    /** On one unit per order only. */
    public CodeDiscount oneUnitOnly() {
        return new CodeDiscount(kind, value, productIds, true);
    }

    /** The products it applies to; empty: the whole order. */
    public List<Long> getProductIds() {
        return productIds;
    }

    public boolean isOneUnit() {
        return oneUnit;
    }

    public static CodeDiscount percentOff(BigDecimal percent) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new LoyaltyException("invalid_discount", "a percentage off is above 0 and at most 100, was " + percent);
        }
        return new CodeDiscount(Kind.PERCENT_OFF, percent);
    }

    public static CodeDiscount amountOff(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new LoyaltyException("invalid_discount", "an amount off is positive, was " + amount);
        }
        return new CodeDiscount(Kind.AMOUNT_OFF, amount);
    }

    public static CodeDiscount freeShipping() {
        return new CodeDiscount(Kind.FREE_SHIPPING, BigDecimal.valueOf(100));
    }

    public static CodeDiscount of(Kind kind, BigDecimal value) {
        switch (kind) {
        case PERCENT_OFF:
            return percentOff(value);
        case AMOUNT_OFF:
            return amountOff(value);
        default:
            return freeShipping();
        }
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    @Override
    public String toString() {
        String off = kind == Kind.FREE_SHIPPING ? "free shipping" : value.toPlainString() + (kind == Kind.PERCENT_OFF ? " % off" : " off");
        return productIds.isEmpty() ? off : off + (oneUnit ? " one unit of" : "") + " products " + productIds;
    }
}
