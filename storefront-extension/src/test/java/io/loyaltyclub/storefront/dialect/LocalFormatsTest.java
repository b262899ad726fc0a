package io.loyaltyclub.storefront.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalFormatsTest {

    private static final Locale PERSIAN = new Locale("fa");

    @Test
    void moneyIsRoundedDownToTheCurrencysDecimals() {
        assertThat(LocalFormats.money(new BigDecimal("10.999"), "USD", Locale.US)).isEqualTo("$10.99");
        assertThat(LocalFormats.money(new BigDecimal("1500.7"), "JPY", Locale.US)).isEqualTo("\u00a51,500");
        assertThat(LocalFormats.money(new BigDecimal("3.456"), null, Locale.US)).isEqualTo("3.45");
    }

    @Test
    void aDecimalKeepsItsOwnDecimals() {
        assertThat(LocalFormats.number(new BigDecimal("1.250000"), Locale.US)).isEqualTo("1.25");
        assertThat(LocalFormats.number(new BigDecimal("2"), Locale.US)).isEqualTo("2");
        assertThat(LocalFormats.number(new BigDecimal("1.5"), PERSIAN)).isEqualTo("\u06f1\u066b\u06f5");
    }

    @Test
    void persianUsesPersianDigits() {
        assertThat(LocalFormats.points(1500, PERSIAN)).isEqualTo("\u06f1\u066c\u06f5\u06f0\u06f0");
        assertThat(LocalFormats.money(new BigDecimal("5"), "USD", PERSIAN)).contains("\u06f5").doesNotContain("5");
    }

    @Test
    void datesAreCalendarDaysInUtc() {
        Instant lateEvening = Instant.parse("2026-01-31T23:30:00Z");
        assertThat(LocalFormats.date(lateEvening, Locale.US)).isEqualTo("Jan 31, 2026");
        assertThat(LocalFormats.date(Date.from(lateEvening), Locale.US)).isEqualTo("Jan 31, 2026");
        assertThat(LocalFormats.date(null, Locale.US)).isEmpty();
        assertThatThrownBy(() -> LocalFormats.date("2026-01-31", Locale.US)).isInstanceOf(IllegalArgumentException.class);
    }
}
