package io.loyaltyclub.segment;

import java.util.EnumSet;
import java.util.Set;

/** How a condition compares a field with its value. */
public enum SegmentOperator {

    EQ, NE, LT, LE, GT, GE,
    /** One of a comma-separated list. */
    IN,
    /** A set field contains the value (a category bought, a tag carried). */
    HAS,
    /** A set field does not contain the value. */
    NOT_HAS;

    /** The operators that fit fields of this kind. */
    public static Set<SegmentOperator> fitting(SegmentField.Kind kind) {
        switch (kind) {
            case NUMBER:
                return EnumSet.of(EQ, NE, LT, LE, GT, GE, IN);
            case TEXT:
                return EnumSet.of(EQ, NE, IN);
            default:
                return EnumSet.of(HAS, NOT_HAS);
        }
    }
}
