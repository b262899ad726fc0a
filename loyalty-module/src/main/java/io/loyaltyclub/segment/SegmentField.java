package io.loyaltyclub.segment;

/** What a segment's condition looks at, and the kind of value it compares. */
public enum SegmentField {

    /** Orders that count (placed, not cancelled, not wholly returned). */
    ORDER_COUNT(Kind.NUMBER),
    /** Total spent, in the program's base currency. */
    TOTAL_SPENT(Kind.NUMBER),
    /** Total spent / orders. */
    AVERAGE_ORDER_VALUE(Kind.NUMBER),
    /** Orders in the current month and the eleven before it. */
    ORDERS_LAST_12_MONTHS(Kind.NUMBER),
    /** Whole days since the last order; no value for a customer without orders. */
    DAYS_SINCE_LAST_ORDER(Kind.NUMBER),
    /** Whole days since the customer signed up. */
    DAYS_SINCE_SIGN_UP(Kind.NUMBER),
    /** The month of the customer's birthday, 1 to 12; the value {@code CURRENT} means this month. */
    BIRTHDAY_MONTH(Kind.NUMBER),
    /** A category (id) the customer bought and kept units of. */
    CATEGORY(Kind.SET),
    /** The customer's tier code. */
    TIER(Kind.TEXT),
    /** Whether the customer holds the ladder's top tier ({@code true} or {@code false}). */
    TOP_TIER(Kind.TEXT),
    /** A merchant's tag the customer carries. */
    TAG(Kind.SET);

    /** How values compare. */
    public enum Kind {
        NUMBER, TEXT, SET
    }

    private final Kind kind;

    SegmentField(Kind kind) {
        this.kind = kind;
    }

    public Kind getKind() {
        return kind;
    }
}
