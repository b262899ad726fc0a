package io.loyaltyclub.storefront.dialect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;

/**
 * Numbers, money and dates as the shopper's locale writes them (in Persian, with Persian digits). Money is shown
 * at its currency's number of decimals, rounded down, as the ledgers round; dates are calendar days in UTC, the
 * zone the ledgers store.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    public static String points(long points, Locale locale) {
        return NumberFormat.getIntegerInstance(orDefault(locale)).format(points);
    }

    /** A decimal with the decimals it has, at most 4 (rounded half up): a multiplier, a percentage. */
    public static String number(BigDecimal number, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(orDefault(locale));
        format.setMaximumFractionDigits(4);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }

    /** The amount with the currency's symbol in the locale; without a currency, a plain number with 2 decimals. */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        Locale at = orDefault(locale);
        if (currencyCode == null) {
            NumberFormat plain = NumberFormat.getNumberInstance(at);
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            return plain.format(amount.setScale(2, RoundingMode.DOWN));
        }
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(at);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount.setScale(digits, RoundingMode.DOWN));
    }

    /** A {@link Date}, {@link Instant} or {@link LocalDate} as a medium date; empty for null. */
    public static String date(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        LocalDate day;
        if (value instanceof LocalDate) {
            day = (LocalDate) value;
        } else if (value instanceof Date) {
            day = new Date(((Date) value).getTime()).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        } else if (value instanceof Instant) {
            day = ((Instant) value).atZone(ZoneOffset.UTC).toLocalDate();
        } else {
            throw new IllegalArgumentException("a date is a Date, Instant or LocalDate, not " + value.getClass().getName());
        }
        Locale at = orDefault(locale);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(at).withDecimalStyle(DecimalStyle.of(at))
                .format(day);
    }

    private static Locale orDefault(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }
}
