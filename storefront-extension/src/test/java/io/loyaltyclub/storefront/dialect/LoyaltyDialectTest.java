package io.loyaltyclub.storefront.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.loyaltyclub.tier.Tier;
import io.loyaltyclub.tier.TierLadder;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierProgress;
import io.loyaltyclub.tier.TierWindow;

class LoyaltyDialectTest {

    private static final TierLadder LADDER = new TierLadder(TierMetric.SPEND, TierWindow.calendarYear(), Arrays.asList(
            new Tier("bronze", "Bronze", BigDecimal.ZERO, null, null, false),
            new Tier("silver", "Silver", new BigDecimal("200"), null, null, false)));

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("dialect/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("XHTML");
        resolver.setCacheable(false);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new LoyaltyDialect());
        return engine;
    }

    private static TierProgress progressAfterSpending(String spent) {
        YearMonth month = YearMonth.of(2026, 6);
        return LADDER.progress("bronze", false,
                LADDER.standing(Collections.singletonMap(month, new BigDecimal(spent)), month));
    }

    private static String render(Locale locale, Object progress) {
        Context context = new Context(locale);
        context.setVariable("points", 1234567L);
        context.setVariable("amount", new BigDecimal("1234.569"));
        context.setVariable("day", LocalDate.of(2026, 3, 9));
        context.setVariable("progress", progress);
        return engine().process("sample", context);
    }

    @Test
    void writesPointsMoneyAndDatesAsTheLocaleDoes() {
        String english = render(Locale.ENGLISH, 40);
        assertThat(english).contains("<span id=\"points\">1,234,567</span>")
                .contains("<span id=\"money\">$1,234.56</span>")
                .contains("<span id=\"date\">Mar 9, 2026</span>")
                .doesNotContain("loyalty:");

        String persian = render(new Locale("fa"), 40);
        assertThat(persian).contains("<span id=\"points\">\u06f1\u066c\u06f2\u06f3\u06f4\u066c\u06f5\u06f6\u06f7</span>");
        assertThat(persian).doesNotContain("1,234,567").contains("\u06f2\u06f0\u06f2\u06f6");
    }

    @Test
    void drawsTheProgressToTheNextTier() {
        String html = render(Locale.ENGLISH, progressAfterSpending("50"));
        assertThat(html).contains("class=\"bar loyalty-progress\"", "role=\"progressbar\"", "aria-valuenow=\"25\"",
                "<span class=\"loyalty-progress-fill\" style=\"width: 25%\"></span>").doesNotContain("old child");
    }

    @Test
    void aMemberAtTheTopHasAFullBar() {
        TierProgress top = LADDER.progress("silver", false,
                LADDER.standing(Collections.singletonMap(YearMonth.of(2026, 6), new BigDecimal("500")), YearMonth.of(2026, 6)));
        assertThat(ProgressBarProcessor.percent(top)).isEqualTo(100);
        assertThat(ProgressBarProcessor.percent(progressAfterSpending("199.99"))).isEqualTo(99);
        assertThat(ProgressBarProcessor.percent(progressAfterSpending("0"))).isEqualTo(0);
    }

    @Test
    void aPercentageIsKeptBetweenNoneAndFull() {
        assertThat(ProgressBarProcessor.percent(150)).isEqualTo(100);
        assertThat(ProgressBarProcessor.percent(-3)).isEqualTo(0);
        assertThat(ProgressBarProcessor.percent(new BigDecimal("66.9"))).isEqualTo(66);
        assertThat(ProgressBarProcessor.percent((Object) null)).isEqualTo(0);
    }

    @Test
    void refusesAValueThatIsNoProgress() {
        assertThatThrownBy(() -> render(Locale.ENGLISH, "half")).isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("needs a TierProgress or a number");
    }

    @Test
    void theRegistrationAddsTheDialectToTheNamedEngineOnce() {
        TemplateEngine engine = new TemplateEngine();
        LoyaltyDialectRegistration registration = new LoyaltyDialectRegistration(new LoyaltyDialect());
        registration.postProcessBeforeInitialization(engine, "someOtherEngine");
        assertThat(engine.getDialectsByPrefix()).doesNotContainKey("loyalty");
        registration.postProcessBeforeInitialization(engine, "blWebTemplateEngine");
        registration.postProcessBeforeInitialization(engine, "blWebTemplateEngine");
        assertThat(engine.getDialectsByPrefix()).containsKey("loyalty");
    }
}
