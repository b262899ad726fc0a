package io.loyaltyclub.earning;

/** What an {@link EarningRule} does. */
public enum EarningRuleType {

    /** Points per one unit of base currency of a line's eligible amount. At most one applies to an order. */
    BASE_RATE(Kind.RATE),
    /** Multiplies the base points of the lines selling given products. */
    PRODUCT_MULTIPLIER(Kind.MULTIPLIER),
    /** Multiplies the base points of the lines whose product is in given categories. */
    CATEGORY_MULTIPLIER(Kind.MULTIPLIER),
    /** Lines selling given products, or products in given categories, earn nothing at all. */
    EXCLUSION(Kind.EXCLUSION),
    /** Multiplies the base points of every line when the customer is in one of given tiers. */
    TIER_MULTIPLIER(Kind.MULTIPLIER),
    /** Multiplies the base points of every line during the rule's window, optionally on given days only. */
    CAMPAIGN_MULTIPLIER(Kind.MULTIPLIER),
    /** Fixed bonus points on the customer's first order. */
    FIRST_ORDER_BONUS(Kind.BONUS),
    /** Fixed bonus points on every Nth order of the customer (the Nth, the 2Nth, ...). */
    NTH_ORDER_BONUS(Kind.BONUS),
    /** Fixed bonus points when the customer placed at least K orders in the 30 days before this one. */
    FREQUENCY_BONUS(Kind.BONUS),
    /** Fixed bonus points when at least D days passed since the customer's previous order. */
    WELCOME_BACK_BONUS(Kind.BONUS);

    private enum Kind {
        RATE, MULTIPLIER, EXCLUSION, BONUS
    }

    private final Kind kind;

    EarningRuleType(Kind kind) {
        this.kind = kind;
    }

    /** Whether rules of this type carry a coefficient applied to base points. */
    public boolean isMultiplier() {
        return kind == Kind.MULTIPLIER;
    }

    /** Whether rules of this type give a fixed number of bonus points to the order. */
    public boolean isBonus() {
        return kind == Kind.BONUS;
    }
}
