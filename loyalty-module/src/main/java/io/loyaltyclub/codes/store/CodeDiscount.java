package io.loyaltyclub.codes.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.loyaltyclub.LoyaltyException;

/**
 * What a campaign's codes take off: a percentage or an amount of the order, or its shipping; or, on some products
 * or the products of some categories only, of each of their units (or of one unit: a free product is 100 % off
 * one unit).
 */
public final class CodeDiscount {

    public enum Kind {
        PERCENT_OFF, AMOUNT_OFF, FREE_SHIPPING
    }

    private final Kind kind;
    private final BigDecimal value;
    private final List<Long> productIds;
    private final List<Long> categoryIds;
    private final boolean oneUnit;

    private CodeDiscount(Kind kind, BigDecimal value, List<Long> productIds, List<Long> categoryIds, boolean oneUnit) {
        this.kind = kind;
        this.value = value;
        this.productIds = productIds;
        this.categoryIds = categoryIds;
        this.oneUnit = oneUnit;
    }

    private CodeDiscount(Kind kind, BigDecimal value) {
        this(kind, value, Collections.<Long>emptyList(), Collections.<Long>emptyList(), false);
    }

    /** One unit of one of the products free. */
    public static CodeDiscount freeProduct(long productId) {
        return percentOff(BigDecimal.valueOf(100)).onProducts(productId).oneUnitOnly();
    }

    /** The same discount on these products' units only, instead of the order. */
    public CodeDiscount onProducts(Long... ids) {
        requireItemLevel(ids);
        return new CodeDiscount(kind, value, listOf(ids), categoryIds, oneUnit);
    }

    /**
     * The same discount on the units of these categories' products only, instead of the order: a line matches when
     * its product's default category, one of the product's categories, or the category it was added from is one
     * of them.
     */
    public CodeDiscount onCategories(Long... ids) {
        requireItemLevel(ids);
        return new CodeDiscount(kind, value, productIds, listOf(ids), oneUnit);
    }

    private void requireItemLevel(Long[] ids) {
        if (kind == Kind.FREE_SHIPPING || ids.length == 0) {
            throw new LoyaltyException("invalid_discount", "a discount on products or categories is a percentage or an"
                    + " amount off some products' units");
        }
    }

    private static List<Long> listOf(Long[] ids) {
        return Collections.unmodifiableList(new ArrayList<Long>(Arrays.asList(ids)));
    }

    /** On one unit per order only. */
    public CodeDiscount oneUnitOnly() {
        return new CodeDiscount(kind, value, productIds, categoryIds, true);
    }

    /** The categories it applies to; empty (and no products): the whole order. */
    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    /** Whether it applies to some lines only (products, categories) rather than the order. */
    public boolean isOnItems() {
        return !productIds.isEmpty() || !categoryIds.isEmpty();
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
        if (!isOnItems()) {
            return off;
        }
        return off + (oneUnit ? " one unit of" : "") + (productIds.isEmpty() ? "" : " products " + productIds)
                + (categoryIds.isEmpty() ? "" : " categories " + categoryIds);
    }
}
