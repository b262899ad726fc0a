package io.loyaltyclub.rewards;

/** What a reward gives. */
public enum RewardKind {
    /** A personal discount code (percent or amount off the order), applied by the shop's cart. */
    DISCOUNT_CODE,
    /** A personal code that makes one unit of a product free. */
    FREE_PRODUCT,
    /** A personal code for free shipping. */
    FREE_SHIPPING,
    /** Store credit in the reward's currency. */
    STORE_CREDIT,
    /** A physical gift, recorded for fulfilment; the admin moves its status on. */
    GIFT,
    /** A place at an event; the stock is the number of places. */
    EVENT_INVITATION,
    /**
     * Early access: the member is tagged with the reward's tag, which opens its hidden category in the storefront
     * (see {@code io.loyaltyclub.broadleaf.catalog.EarlyAccessCategories}).
     */
    EARLY_ACCESS;

    public boolean givesCode() {
        return this == DISCOUNT_CODE || this == FREE_PRODUCT || this == FREE_SHIPPING;
    }

    public boolean needsFulfilment() {
        return this == GIFT || this == EVENT_INVITATION;
    }
}
