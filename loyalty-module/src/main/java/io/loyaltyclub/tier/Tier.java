package io.loyaltyclub.tier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A step of the ladder: its code and name, the threshold of the ladder's metric that reaches it, and its
 * benefits. Immutable.
 */
public final class Tier {

    private final String code;
    private final String name;
    private final BigDecimal threshold;
    private final BigDecimal earningMultiplier;
    private final BigDecimal cashBackPercent;
    private final boolean freeShipping;

    /**
     * @param threshold what the ladder's metric must reach in the window (0 for a tier every member holds)
     * @param earningMultiplier the coefficient on the member's base points (1 for none)
     * @param cashBackPercent a bonus percentage for the cash-back rules (0 for none)
     */
    public Tier(String code, String name, BigDecimal threshold, BigDecimal earningMultiplier,
            BigDecimal cashBackPercent, boolean freeShipping) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("a tier code is 1 to 32 letters, digits, '_' or '-', not " + code);
        }
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("tier " + code + " needs a name");
        }
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException("tier " + code + ": the threshold must not be negative");
        }
        this.earningMultiplier = earningMultiplier == null ? BigDecimal.ONE : earningMultiplier;
        if (this.earningMultiplier.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("tier " + code + ": the earning multiplier must be at least 1");
        }
        this.cashBackPercent = cashBackPercent == null ? BigDecimal.ZERO : cashBackPercent;
        if (this.cashBackPercent.signum() < 0 || this.cashBackPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("tier " + code + ": the cash-back bonus is 0 to 100 percent");
        }
        this.code = code;
        this.name = name;
        this.threshold = threshold;
        this.freeShipping = freeShipping;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public BigDecimal getEarningMultiplier() {
        return earningMultiplier;
    }

    public BigDecimal getCashBackPercent() {
        return cashBackPercent;
    }

    public boolean isFreeShipping() {
        return freeShipping;
    }

    @Override
    public String toString() {
        return code + " (" + name + ", from " + threshold.toPlainString() + ")";
    }
}
