package io.loyaltyclub.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.loyaltyclub.LoyaltyException;

/**
 * One condition of a segment: a field, an operator and a value, as the merchant stores them. Immutable; checked
 * on construction. A number the customer does not have (days since the last order of a customer without orders,
 * a birthday month never given) satisfies no comparison; a tier the customer does not have is different from
 * every tier.
 */
public final class SegmentCondition {

    public static final String INVALID_SEGMENT = "invalid_segment";
    /** The value of a {@link SegmentField#BIRTHDAY_MONTH} condition meaning the current month. */
    public static final String CURRENT_MONTH = "CURRENT";

    private final SegmentField field;
    private final SegmentOperator operator;
    private final String value;
    private final List<String> values;

    public SegmentCondition(SegmentField field, SegmentOperator operator, String value) {
        this.field = Objects.requireNonNull(field, "field");
        this.operator = Objects.requireNonNull(operator, "operator");
        if (!SegmentOperator.fitting(field.getKind()).contains(operator)) {
            throw new LoyaltyException(INVALID_SEGMENT, operator + " does not fit " + field);
        }
        if (value == null || value.trim().isEmpty() || value.length() > 255) {
            throw new LoyaltyException(INVALID_SEGMENT, field + " " + operator + " needs a value of 1 to 255 characters");
        }
        this.value = value.trim();
        List<String> parts = new ArrayList<>();
        for (String part : (operator == SegmentOperator.IN ? this.value.split(",") : new String[] {this.value})) {
            parts.add(part.trim());
        }
        this.values = Collections.unmodifiableList(parts);
        for (String part : values) {
            check(part);
        }
    }

    private void check(String part) {
        try {
            if (field == SegmentField.CATEGORY) {
                Long.parseLong(part);
            } else if (field == SegmentField.BIRTHDAY_MONTH && !CURRENT_MONTH.equals(part)) {
                int month = Integer.parseInt(part);
                if (month < 1 || month > 12) {
                    throw new LoyaltyException(INVALID_SEGMENT, "a birthday month is 1 to 12 or CURRENT, not " + part);
                }
            } else if (field.getKind() == SegmentField.Kind.NUMBER && field != SegmentField.BIRTHDAY_MONTH) {
                new BigDecimal(part);
            } else if (field == SegmentField.TOP_TIER && !"true".equals(part) && !"false".equals(part)) {
                throw new LoyaltyException(INVALID_SEGMENT, "TOP_TIER is true or false, not " + part);
            }
        } catch (NumberFormatException e) {
            throw new LoyaltyException(INVALID_SEGMENT, field + " compares numbers, not '" + part + "'");
        }
    }

    /** Whether the customer meets the condition. */
    public boolean test(MemberFacts facts) {
        switch (field.getKind()) {
            case NUMBER:
                BigDecimal actual = number(facts);
                if (actual == null) {
                    return false;
                }
                for (String part : values) {
                    if (compare(actual.compareTo(expected(part, facts)))) {
                        return true;
                    }
                }
                return false;
            case TEXT:
                String text = field == SegmentField.TIER ? facts.getTierCode() : String.valueOf(facts.isTopTier());
                boolean equal = values.contains(text);
                return operator == SegmentOperator.NE ? !equal : equal;
            default:
                Set<?> set = field == SegmentField.TAG ? facts.getTags() : facts.getCategories();
                Object member = field == SegmentField.TAG ? value : (Object) Long.valueOf(value);
                return set.contains(member) == (operator == SegmentOperator.HAS);
        }
    }

    private boolean compare(int sign) {
        switch (operator) {
            case EQ:
            case IN:
                return sign == 0;
            case NE:
                return sign != 0;
            case LT:
                return sign < 0;
            case LE:
                return sign <= 0;
            case GT:
                return sign > 0;
            default:
                return sign >= 0;
        }
    }

    private BigDecimal expected(String part, MemberFacts facts) {
        if (field == SegmentField.BIRTHDAY_MONTH && CURRENT_MONTH.equals(part)) {
            return BigDecimal.valueOf(facts.getToday().getMonthValue());
        }
        return new BigDecimal(part);
    }

    private BigDecimal number(MemberFacts facts) {
        switch (field) {
            case ORDER_COUNT:
                return BigDecimal.valueOf(facts.getOrderCount());
            case TOTAL_SPENT:
                return facts.getTotalSpent();
            case AVERAGE_ORDER_VALUE:
                return facts.getOrderCount() == 0 ? BigDecimal.ZERO
                        : facts.getTotalSpent().divide(BigDecimal.valueOf(facts.getOrderCount()), 2, RoundingMode.HALF_UP);
            case ORDERS_LAST_12_MONTHS:
                return BigDecimal.valueOf(facts.getOrdersLast12Months());
            case DAYS_SINCE_LAST_ORDER:
                return facts.getLastOrderDate() == null ? null
                        : BigDecimal.valueOf(ChronoUnit.DAYS.between(facts.getLastOrderDate(), facts.getToday()));
            case DAYS_SINCE_SIGN_UP:
                return facts.getSignedUp() == null ? null
                        : BigDecimal.valueOf(ChronoUnit.DAYS.between(facts.getSignedUp(), facts.getToday()));
            default:
                return facts.getBirthMonth() == null ? null : BigDecimal.valueOf(facts.getBirthMonth());
        }
    }

    public SegmentField getField() {
        return field;
    }

    public SegmentOperator getOperator() {
        return operator;
    }

    public String getValue() {
        return value;
    }

    /** Whether the condition can change with time alone (days pass, months turn). */
    public boolean isTimeBased() {
        return field == SegmentField.DAYS_SINCE_LAST_ORDER || field == SegmentField.DAYS_SINCE_SIGN_UP
                || field == SegmentField.BIRTHDAY_MONTH || field == SegmentField.ORDERS_LAST_12_MONTHS;
    }

    @Override
    public String toString() {
        return field + " " + operator + " " + value;
    }
}
