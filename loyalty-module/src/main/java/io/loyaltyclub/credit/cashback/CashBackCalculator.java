package io.loyaltyclub.credit.cashback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out an order's cash-back with the merchant's rules. Pure: the JDK only, no clock, no database.
 *
 * <p><b>The rules.</b> Each rule that applies (active, in its window on the order's date, the member holds one
 * of its tier and segment codes when it names any) looks at the lines it covers and their eligible amount. Below
 * the rule's minimum it gives nothing. Otherwise it gives its percentage of that amount, capped at its cap per
 * order. Several rules add up: two rules of 5 % on the same line give 10 %.</p>
 *
 * <p><b>Rounding.</b> Each rule's amount is rounded <em>down</em> to the currency's minor unit (a cent, a yen),
 * once per rule and order, after the cap: the club never gives more than the stated percentage. The rule's amount
 * is then attributed to the lines it covers in proportion to their eligible amounts, by largest remainder: each
 * line gets its share rounded down to the minor unit, and the minor units left over go one each to the lines
 * with the largest remainders (the earlier line on a tie). So a rule's lines add up exactly to the rule, and the
 * order's lines add up exactly to the order's cash-back; returning a line later takes back exactly its part.</p>
 */
public final class CashBackCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public CashBackCalculation evaluate(CashBackOrder order, List<CashBackRule> rules) {
        int scale = order.getCurrencyScale();
        Map<Long, Long> lineUnits = new LinkedHashMap<Long, Long>();
        for (CashBackLine line : order.getLines()) {
            lineUnits.put(line.getLineId(), 0L);
        }
        Map<Long, BigDecimal> byRule = new LinkedHashMap<Long, BigDecimal>();
        for (CashBackRule rule : rules) {
            if (!rule.appliesTo(order.getOrderedAt(), order.getTierCodes(), order.getSegmentCodes())) {
                continue;
            }
            List<CashBackLine> covered = new ArrayList<CashBackLine>();
            BigDecimal eligible = BigDecimal.ZERO;
            for (CashBackLine line : order.getLines()) {
                if (rule.covers(line)) {
                    covered.add(line);
                    eligible = eligible.add(line.getEligibleAmount());
                }
            }
            if (eligible.signum() == 0 || (rule.getMinimumAmount() != null && eligible.compareTo(rule.getMinimumAmount()) < 0)) {
                continue;
            }
            BigDecimal exact = eligible.multiply(rule.getPercentage()).divide(HUNDRED);
            if (rule.getCapPerOrder() != null && exact.compareTo(rule.getCapPerOrder()) > 0) {
                exact = rule.getCapPerOrder();
            }
            long units = exact.setScale(scale, RoundingMode.DOWN).unscaledValue().longValueExact();
            if (units == 0) {
                continue;
            }
            byRule.put(rule.getId(), BigDecimal.valueOf(units, scale));
            long[] shares = attribute(units, covered, eligible);
            for (int i = 0; i < covered.size(); i++) {
                long lineId = covered.get(i).getLineId();
                lineUnits.put(lineId, lineUnits.get(lineId) + shares[i]);
            }
        }
        Map<Long, BigDecimal> byLine = new LinkedHashMap<Long, BigDecimal>();
        for (Map.Entry<Long, Long> line : lineUnits.entrySet()) {
            byLine.put(line.getKey(), BigDecimal.valueOf(line.getValue(), scale));
        }
        return new CashBackCalculation(scale, byRule, byLine);
    }

    /**
     * Splits {@code units} over the lines in proportion to their eligible amounts (which add up to
     * {@code eligible}) by largest remainder; the shares add up to {@code units}.
     */
    static long[] attribute(long units, List<CashBackLine> lines, BigDecimal eligible) {
        long[] shares = new long[lines.size()];
        BigDecimal[] remainders = new BigDecimal[lines.size()];
        long given = 0;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal[] division = BigDecimal.valueOf(units).multiply(lines.get(i).getEligibleAmount())
                    .divideAndRemainder(eligible);
            shares[i] = division[0].toBigIntegerExact().longValueExact();
            remainders[i] = division[1];
            given += shares[i];
        }
        for (long left = units - given; left > 0; left--) {
            int largest = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (remainders[i] != null && (largest < 0 || remainders[i].compareTo(remainders[largest]) > 0)) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = null;
        }
        return shares;
    }
}
