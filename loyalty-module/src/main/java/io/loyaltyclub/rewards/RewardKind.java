package io.loyaltyclub.rewards;

/** What a reward gives. */
public enum RewardKind {
    /** A personal discount code (percent or amount off the order), applied by the shop's cart. */
    DISCOUNT_CODE,
    /**
     * A personal code that makes one unit of a product free (a 100 % order-item offer on one unit), rather than a
     * zero-priced line put into the member's cart at redemption. In Broadleaf 3.1 the code fits better: the
     * pricing workflow prices every line again from its SKU, so a line added at zero would need a price override
     * the shop's own cart screens, repricing and reports do not expect; members redeem from their club page,
     * often with no cart (or an anonymous one on another device); and a line added behind the cart's back skips the
     * add-to-cart workflow (availability, the shop's own checks). As an offer, the free unit is priced by
     * Broadleaf's own pricing, shows as a discount on the line, counts once at checkout and is given back with
     * a cancelled order like any club code.
     */
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
