package io.loyaltyclub.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a member's tier is measured on, inside the ladder's window. */
public enum TierMetric {

    /** The eligible amount of the member's orders, in the program's base currency (returns and cancellations deducted). */
    SPEND("spend"),
    /** The member's orders (an order whose every unit came back, or that was cancelled, does not count). */
    ORDERS("orders"),
    /** Points the member's orders earned (spending points never lowers this). */
    POINTS("points");

    private final String word;

    TierMetric(String word) {
        this.word = word;
    }

    /**
     * What is still missing to reach {@code threshold} from {@code amount}, rounded up to what the member can
     * actually do: a spend to the cent, orders and points to whole units. Never negative.
     */
    public BigDecimal missing(BigDecimal threshold, BigDecimal amount) {
        BigDecimal gap = threshold.subtract(amount);
        if (gap.signum() <= 0) {
            return this == SPEND ? BigDecimal.ZERO.setScale(2) : BigDecimal.ZERO;
        }
        return this == SPEND ? gap.setScale(2, RoundingMode.CEILING) : gap.setScale(0, RoundingMode.CEILING);
    }

    /** "120.00 more spend", "3 more orders", "1 more order", "250 more points". */
    public String describeMissing(BigDecimal missing) {
        String number = missing.toPlainString();
        if (this == SPEND) {
            return number + " more spend";
        }
        boolean one = missing.compareTo(BigDecimal.ONE) == 0;
        return number + " more " + (one ? word.substring(0, word.length() - 1) : word);
    }
}
