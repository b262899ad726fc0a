package io.loyaltyclub.storefront.dialect;

import java.util.HashSet;
import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.processor.IProcessor;

/**
 * The club's Thymeleaf dialect, prefix {@code loyalty} (namespace {@value #NAMESPACE}):
 * <ul>
 * <li>{@code loyalty:points="${n}"}: the element's text becomes the number of points in the page's locale;</li>
 * <li>{@code loyalty:money="${amount}"} with {@code loyalty:currency="USD"}: an amount of money in the locale;</li>
 * <li>{@code loyalty:date="${date}"}: a date ({@code Date}, {@code Instant} or {@code LocalDate}) in the locale;</li>
 * <li>{@code loyalty:progress-bar="${progress}"}: the element holds a progress bar for a {@code TierProgress} or
 * a percentage.</li>
 * </ul>
 */
public class LoyaltyDialect extends AbstractDialect {

    public static final String PREFIX = "loyalty";
    public static final String NAMESPACE = "http://loyaltyclub.io/dialect";

    @Override
    public String getPrefix() {
        return PREFIX;
    }

    @Override
    public Set<IProcessor> getProcessors() {
        Set<IProcessor> processors = new HashSet<IProcessor>();
        processors.add(new LocalizedTextProcessor(LocalizedTextProcessor.Kind.POINTS));
        processors.add(new LocalizedTextProcessor(LocalizedTextProcessor.Kind.MONEY));
        processors.add(new LocalizedTextProcessor(LocalizedTextProcessor.Kind.DATE));
        processors.add(new ProgressBarProcessor());
        return processors;
    }
}
