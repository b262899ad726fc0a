package io.loyaltyclub.storefront.dialect;

import java.math.BigDecimal;
import java.util.Locale;

import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;
import org.thymeleaf.processor.attr.AbstractTextChildModifierAttrProcessor;
import org.thymeleaf.standard.expression.StandardExpressions;

/** {@code loyalty:points}, {@code loyalty:money} and {@code loyalty:date}: see {@link LoyaltyDialect}. */
final class LocalizedTextProcessor extends AbstractTextChildModifierAttrProcessor {

    static final String CURRENCY_ATTRIBUTE = LoyaltyDialect.PREFIX + ":currency";

    enum Kind {
        POINTS("points"), MONEY("money"), DATE("date");

        final String attribute;

        Kind(String attribute) {
            this.attribute = attribute;
        }
    }

    private final Kind kind;

    LocalizedTextProcessor(Kind kind) {
        super(kind.attribute);
        this.kind = kind;
    }

    @Override
    public int getPrecedence() {
        return 1000;
    }

    @Override
    protected String getText(Arguments arguments, Element element, String attributeName) {
        Object value = evaluate(arguments, element.getAttributeValue(attributeName));
        Locale locale = arguments.getContext().getLocale();
        switch (kind) {
            case POINTS:
                return value == null ? "" : LocalFormats.points(toLong(value, attributeName), locale);
            case MONEY:
                String currency = element.getAttributeValue(CURRENCY_ATTRIBUTE);
                element.removeAttribute(CURRENCY_ATTRIBUTE);
                Object code = currency == null ? null : evaluate(arguments, currency);
                return value == null ? "" : LocalFormats.money(toDecimal(value, attributeName),
                        code == null ? null : code.toString(), locale);
            default:
                return LocalFormats.date(value, locale);
        }
    }

    static Object evaluate(Arguments arguments, String expression) {
        return StandardExpressions.getExpressionParser(arguments.getConfiguration())
                .parseExpression(arguments.getConfiguration(), arguments, expression)
                .execute(arguments.getConfiguration(), arguments);
    }

    private static long toLong(Object value, String attribute) {
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException(attribute + " needs a number, not " + value.getClass().getName());
    }

    private static BigDecimal toDecimal(Object value, String attribute) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Number) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof org.broadleafcommerce.common.money.Money) {
            return ((org.broadleafcommerce.common.money.Money) value).getAmount();
        }
        throw new IllegalArgumentException(attribute + " needs an amount, not " + value.getClass().getName());
    }
}
