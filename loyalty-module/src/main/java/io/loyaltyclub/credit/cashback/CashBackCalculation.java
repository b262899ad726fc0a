package io.loyaltyclub.credit.cashback;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an order's cash-back comes to: the amount of each rule that applied, and the amount of each line, all at
 * the currency's scale. The lines add up exactly to the total, and so do the rules. Immutable.
 */
public final class CashBackCalculation {

    private final int scale;
    private final Map<Long, BigDecimal> byRule;
    private final Map<Long, BigDecimal> byLine;

    CashBackCalculation(int scale, Map<Long, BigDecimal> byRule, Map<Long, BigDecimal> byLine) {
        this.scale = scale;
        this.byRule = Collections.unmodifiableMap(new LinkedHashMap<Long, BigDecimal>(byRule));
        this.byLine = Collections.unmodifiableMap(new LinkedHashMap<Long, BigDecimal>(byLine));
    }

    public BigDecimal getTotal() {
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        for (BigDecimal amount : byLine.values()) {
            total = total.add(amount);
        }
        return total;
    }

    /** Rule id to what it gave (only rules that gave something). */
    public Map<Long, BigDecimal> getByRule() {
        return byRule;
    }

    /** Line id to its cash-back; every line of the order is there, with zero when it got nothing. */
    public Map<Long, BigDecimal> getByLine() {
        return byLine;
    }

    public BigDecimal forLine(long lineId) {
        BigDecimal amount = byLine.get(lineId);
        return amount == null ? BigDecimal.ZERO.setScale(scale) : amount;
    }
}
