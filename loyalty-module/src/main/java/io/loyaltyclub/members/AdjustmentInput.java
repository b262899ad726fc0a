package io.loyaltyclub.members;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.loyaltyclub.LoyaltyException;

/**
 * What an admin typed into the manual adjustment form, checked before anything reaches a ledger: the amount is a
 * plain positive number (points: a whole number; credit: at most the currency's decimals, never rounded) no larger
 * than one ledger entry may carry, the direction says whether it is added or taken, and a reason is given. Each
 * refusal is a {@link LoyaltyException} whose message is shown to the admin as it is.
 */
public final class AdjustmentInput {

    /** Add to the balance or take from it. */
    public enum Direction {
        ADD, TAKE
    }

    /** The longest reason a ledger entry keeps. */
    public static final int MAX_REASON_LENGTH = 1000;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,60}");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("[0-9]{1,60}(\\.[0-9]{1,60})?|\\.[0-9]{1,60}");

    private AdjustmentInput() {
    }

    /** The direction from the form's value ({@code ADD} or {@code TAKE}, any case). */
    public static Direction direction(String typed) {
        if (typed != null) {
            for (Direction direction : Direction.values()) {
                if (direction.name().equalsIgnoreCase(typed.trim())) {
                    return direction;
                }
            }
        }
        throw new LoyaltyException("invalid_direction", "Choose whether to add or to take away.");
    }

    /** The signed number of points: a whole number from 1 to {@code maxPoints}, negative when taken. */
    public static long points(String typed, Direction direction, long maxPoints) {
        BigDecimal typedPoints = positiveNumber(typed, WHOLE_NUMBER, "a number of points",
                "Points are a whole number, such as 250", "An adjustment adds or takes at least 1 point.");
        if (typedPoints.compareTo(BigDecimal.valueOf(maxPoints)) > 0) {
            throw new LoyaltyException("amount_too_large", "One adjustment is at most " + maxPoints + " points.");
        }
        long points = typedPoints.longValueExact();
        return direction == Direction.TAKE ? -points : points;
    }

    /**
     * The signed amount of store credit at the currency's scale: positive, with no more than {@code scale} decimals
     * and at most {@code max}; negative when taken.
     */
    public static BigDecimal credit(String typed, Direction direction, int scale, BigDecimal max, String currencyCode) {
        BigDecimal amount = positiveNumber(typed, DECIMAL_NUMBER, "an amount of store credit",
                "Store credit is an amount such as 12.50", "An adjustment adds or takes some credit; 0 does nothing.");
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new LoyaltyException("invalid_scale", currencyCode + " amounts have " + (scale == 0 ? "no decimals"
                    : "at most " + scale + " decimals") + "; " + amount.toPlainString() + " is not rounded for you.");
        }
        if (amount.compareTo(max) > 0) {
            throw new LoyaltyException("amount_too_large", "One adjustment is at most " + max.toPlainString() + " "
                    + currencyCode + ".");
        }
        BigDecimal atScale = amount.setScale(scale);
        return direction == Direction.TAKE ? atScale.negate() : atScale;
    }

    /** The reason, trimmed: required, at most {@link #MAX_REASON_LENGTH} characters. */
    public static String reason(String typed) {
        String text = trimmed(typed);
        if (text.isEmpty()) {
            throw new LoyaltyException("reason_required", "Give a reason: it is kept with the adjustment.");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new LoyaltyException("reason_too_long", "A reason is at most " + MAX_REASON_LENGTH + " characters.");
        }
        return text;
    }

    /** The typed number if it is a plain (unsigned) number of the given shape above zero. */
    private static BigDecimal positiveNumber(String typed, Pattern shape, String what, String example, String whenZero) {
        String text = trimmed(typed);
        if (text.isEmpty()) {
            throw new LoyaltyException("amount_required", "Enter " + what + ".");
        }
        if (text.startsWith("-") || text.startsWith("+")) {
            throw new LoyaltyException("invalid_amount", "Enter the amount without a sign; choose add or take away.");
        }
        if (!shape.matcher(text).matches()) {
            throw new LoyaltyException("invalid_amount", example + "; \"" + shortened(text) + "\" is not.");
        }
        BigDecimal number = new BigDecimal(text);
        if (number.signum() == 0) {
            throw new LoyaltyException("invalid_amount", whenZero);
        }
        return number;
    }

    private static String trimmed(String typed) {
        return typed == null ? "" : typed.trim();
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
