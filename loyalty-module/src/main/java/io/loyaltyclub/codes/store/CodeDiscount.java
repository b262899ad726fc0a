package io.loyaltyclub.codes.store;

import java.math.BigDecimal;

import io.loyaltyclub.LoyaltyException;

/** What a campaign's codes take off: a percentage or an amount of the order, or its shipping. */
public final class CodeDiscount {

    public enum Kind {
        PERCENT_OFF, AMOUNT_OFF, FREE_SHIPPING
    }

    private final Kind kind;
    private final BigDecimal value;

    private CodeDiscount(Kind kind, BigDecimal value) {
        this.kind = kind;
        this.value = value;
    }

    public static CodeDiscount percentOff(BigDecimal percent) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new LoyaltyException("invalid_discount", "a percentage off is above 0 and at most 100, was " + percent);
        }
        return new CodeDiscount(Kind.PERCENT_OFF, percent);
    }

    public static CodeDiscount amountOff(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new LoyaltyException("invalid_discount", "an amount off is positive, was " + amount);
        }
        return new CodeDiscount(Kind.AMOUNT_OFF, amount);
    }

    public static CodeDiscount freeShipping() {
        return new CodeDiscount(Kind.FREE_SHIPPING, BigDecimal.valueOf(100));
    }

    public static CodeDiscount of(Kind kind, BigDecimal value) {
        switch (kind) {
        case PERCENT_OFF:
            return percentOff(value);
        case AMOUNT_OFF:
            return amountOff(value);
        default:
            return freeShipping();
        }
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    @Override
    public String toString() {
        return kind == Kind.FREE_SHIPPING ? "free shipping" : value.toPlainString() + (kind == Kind.PERCENT_OFF ? " % off" : " off");
    }
}
