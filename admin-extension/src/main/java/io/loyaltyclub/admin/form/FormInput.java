package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an admin typed into one form, read field by field. Each reading checks the value and, when it is not
 * acceptable, keeps a message for that field (shown next to it) and answers {@code null}. Nothing is saved while
 * {@link #hasErrors()}.
 */
public final class FormInput {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<String, String>();

    public FormInput(Map<String, String> values) {
        this.values = new LinkedHashMap<String, String>(values);
    }

    /** The value as typed, trimmed; {@code null} when empty. */
    public String raw(String field) {
        String value = values.get(field);
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        return value.trim();
    }

    public String text(String field, boolean required, int maxLength) {
        String value = raw(field);
        if (value == null) {
            if (required) {
                error(field, "Required.");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(field, "At most " + maxLength + " characters.");
            return null;
        }
        return value;
    }

    /** A decimal from {@code min} to {@code max} (both inclusive, {@code null} for no bound) with at most {@code scale} decimals. */
    public BigDecimal decimal(String field, boolean required, BigDecimal min, BigDecimal max, int scale) {
        String value = raw(field);
        if (value == null) {
            if (required) {
                error(field, "Required.");
            }
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            error(field, "Not a number: enter digits with a point for decimals, e.g. 12.5.");
            return null;
        }
        if (min != null && number.compareTo(min) < 0) {
            error(field, min.signum() == 0 ? "Must not be negative." : "Must be at least " + min.toPlainString() + ".");
            return null;
        }
        if (max != null && number.compareTo(max) > 0) {
            error(field, "Must be at most " + max.toPlainString() + ".");
            return null;
        }
        if (number.stripTrailingZeros().scale() > scale) {
            error(field, scale == 0 ? "Must be a whole number." : "At most " + scale + " decimals.");
            return null;
        }
        return number;
    }

    /** A whole number from {@code min} to {@code max} (inclusive). */
    public Long whole(String field, boolean required, long min, long max) {
        String value = raw(field);
        if (value == null) {
            if (required) {
                error(field, "Required.");
            }
            return null;
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            error(field, "Must be a whole number.");
            return null;
        }
        if (number < min) {
            error(field, min == 0 ? "Must not be negative." : "Must be at least " + min + ".");
            return null;
        }
        if (number > max) {
            error(field, "Must be at most " + max + ".");
            return null;
        }
        return number;
    }

    public Integer count(String field, boolean required, int min, int max) {
        Long number = whole(field, required, min, max);
        return number == null ? null : number.intValue();
    }

    /** A day ({@code yyyy-MM-dd}), as the start of that day in {@code zone}. */
    public Date day(String field, ZoneId zone) {
        String value = raw(field);
        if (value == null) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(value).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            error(field, "A date as yyyy-mm-dd, e.g. 2027-01-31.");
            return null;
        }
    }

    /** A check box: present means on. */
    public boolean flag(String field) {
        String value = raw(field);
        return value != null && !"false".equalsIgnoreCase(value);
    }

    /** One of an enum's constants, by name. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String value = raw(field);
        if (value == null) {
            if (required) {
                error(field, "Choose one.");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(field, "Choose one of the offered values.");
            return null;
        }
    }

    /** Keeps a message for a field (the first one given stays). */
    public void error(String field, String message) {
        if (!errors.containsKey(field)) {
            errors.put(field, message);
        }
    }

    /** Refuses to go on with a form that has errors: nothing may be written from it. */
    public void requireValid() {
        if (hasErrors()) {
            throw new IllegalStateException("the form has errors: " + errors);
        }
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The values as typed, to show the form again with them. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }
}
