package io.loyaltyclub.storefront.dialect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;

import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;
import org.thymeleaf.dom.Node;
import org.thymeleaf.processor.attr.AbstractChildrenModifierAttrProcessor;

import io.loyaltyclub.tier.TierProgress;

/**
 * {@code loyalty:progress-bar="${progress}"}: the element becomes an accessible progress bar (role, aria values,
 * class {@code loyalty-progress}) holding one {@code span.loyalty-progress-fill} as wide as the share reached.
 * The value is a {@link TierProgress} (the share of the next tier's threshold reached; full at the top of the
 * ladder) or a number from 0 to 100.
 */
final class ProgressBarProcessor extends AbstractChildrenModifierAttrProcessor {

    ProgressBarProcessor() {
        super("progress-bar");
    }

    @Override
    public int getPrecedence() {
        return 1000;
    }

    @Override
    protected List<Node> getModifiedChildren(Arguments arguments, Element element, String attributeName) {
        int percent = percent(LocalizedTextProcessor.evaluate(arguments, element.getAttributeValue(attributeName)));
        String classes = element.getAttributeValue("class");
        element.setAttribute("class", classes == null || classes.isEmpty() ? "loyalty-progress" : classes + " loyalty-progress");
        element.setAttribute("role", "progressbar");
        element.setAttribute("aria-valuemin", "0");
        element.setAttribute("aria-valuemax", "100");
        element.setAttribute("aria-valuenow", String.valueOf(percent));
        Element fill = new Element("span");
        fill.setAttribute("class", "loyalty-progress-fill");
        fill.setAttribute("style", "width: " + percent + "%");
        return Collections.<Node>singletonList(fill);
    }

    /** The share reached, 0 to 100, rounded down. */
    static int percent(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof TierProgress) {
            return percent((TierProgress) value);
        }
        if (value instanceof Number) {
            return clamp(new BigDecimal(value.toString()));
        }
        throw new IllegalArgumentException("loyalty:progress-bar needs a TierProgress or a number, not "
                + value.getClass().getName());
    }

    static int percent(TierProgress progress) {
        if (progress.getNext() == null) {
            return progress.getCurrent() == null ? 0 : 100;
        }
        BigDecimal threshold = progress.getNext().getThreshold();
        if (threshold.signum() == 0) {
            return 100;
        }
        BigDecimal reached = threshold.subtract(progress.getMissingForNext()).max(BigDecimal.ZERO);
        return clamp(reached.multiply(BigDecimal.valueOf(100)).divide(threshold, 0, RoundingMode.DOWN));
    }

    private static int clamp(BigDecimal percent) {
        return percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(0, RoundingMode.DOWN).intValue();
    }
}
