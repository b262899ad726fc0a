package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The eligible amount of each order line: what the member really paid for the merchandise with money of their
 * own. Each line starts from its total after its own discounts; then the order's discounts and the part of the
 * order paid with store credit, points or gift cards are taken off, spread over the lines in proportion to
 * their totals. Non-cash payments are counted against merchandise first (never against tax or shipping), so
 * the club never rewards what it paid for itself.
 *
 * <p>Amounts stay at the currency's scale: a deduction is spread in minor units (cents) by the largest-remainder
 * method, so the lines' deductions add up to exactly the deduction, and no line goes below zero.</p>
 */
public final class EligibleAmounts {

    private EligibleAmounts() {
    }

    /**
     * @param lineTotals each line's total after its own discounts, at the currency's scale
     * @param orderDiscount discounts of the whole order (not of a line), as a positive amount
     * @param nonCashPayments what store credit, points and gift cards pay of the order
     * @param scale the currency's number of decimals (2 for USD and EUR, 0 for JPY)
     */
    public static List<BigDecimal> of(List<BigDecimal> lineTotals, BigDecimal orderDiscount, BigDecimal nonCashPayments,
            int scale) {
        if (orderDiscount.signum() < 0 || nonCashPayments.signum() < 0) {
            throw new IllegalArgumentException("discounts and payments are positive amounts");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal line : lineTotals) {
            if (line.signum() < 0) {
                throw new IllegalArgumentException("a line total cannot be negative, was " + line);
            }
            total = total.add(line);
        }
        BigDecimal deduction = orderDiscount.add(nonCashPayments).min(total);
        List<BigDecimal> eligible = new ArrayList<BigDecimal>(lineTotals.size());
        if (total.signum() == 0) {
            for (int i = 0; i < lineTotals.size(); i++) {
                eligible.add(BigDecimal.ZERO.setScale(scale));
            }
            return eligible;
        }
        long deductionUnits = deduction.movePointRight(scale).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long[] parts = new long[lineTotals.size()];
        BigDecimal[] remainders = new BigDecimal[lineTotals.size()];
        long given = 0;
        for (int i = 0; i < lineTotals.size(); i++) {
            BigDecimal exact = BigDecimal.valueOf(deductionUnits).multiply(lineTotals.get(i)).divide(total, 12, RoundingMode.DOWN);
            parts[i] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            remainders[i] = exact.subtract(BigDecimal.valueOf(parts[i]));
            given += parts[i];
        }
        for (long left = deductionUnits - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < parts.length; i++) {
                long lineUnits = lineTotals.get(i).movePointRight(scale).longValue();
                if (parts[i] < lineUnits && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = remainders[best].subtract(BigDecimal.ONE);
        }
        for (int i = 0; i < lineTotals.size(); i++) {
            BigDecimal line = lineTotals.get(i).subtract(BigDecimal.valueOf(parts[i]).movePointLeft(scale)).setScale(scale);
            eligible.add(line.max(BigDecimal.ZERO.setScale(scale)));
        }
        return eligible;
    }
}
