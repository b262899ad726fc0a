package io.loyaltyclub.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.loyaltyclub.checkout.ClubOrder;
import io.loyaltyclub.checkout.ClubOrderLine;
import io.loyaltyclub.checkout.ClubOrderStatus;

/**
 * What one order adds to its customer's figures now: one order (unless cancelled or wholly returned), the
 * eligible amount of the units kept in the program's base currency, the points still due, and the units kept per
 * category. A cancelled order adds nothing.
 */
final class OrderContribution {

    final int orders;
    final BigDecimal spent;
    final long points;
    final Map<Long, Integer> unitsPerCategory;
    private final boolean reduced;

    private OrderContribution(int orders, BigDecimal spent, long points, Map<Long, Integer> unitsPerCategory,
            boolean reduced) {
        this.reduced = reduced;
        this.orders = orders;
        this.spent = spent;
        this.points = points;
        this.unitsPerCategory = unitsPerCategory;
    }

    static OrderContribution of(ClubOrder order, List<ClubOrderLine> lines) {
        if (order.getStatus() != ClubOrderStatus.PLACED) {
            return new OrderContribution(0, BigDecimal.ZERO, 0, Collections.<Long, Integer>emptyMap(), true);
        }
        if (lines.isEmpty()) {
            return new OrderContribution(1, base(order.getEligibleAmount(), order), 0,
                    Collections.<Long, Integer>emptyMap(), false);
        }
        BigDecimal spent = BigDecimal.ZERO;
        long points = 0;
        int kept = 0;
        boolean returned = false;
        Map<Long, Integer> categories = new LinkedHashMap<>();
        for (ClubOrderLine line : lines) {
            int units = line.getKeptQuantity();
            kept += units;
            returned |= line.getReturnedQuantity() > 0;
            points += line.pointsDue();
            if (units == 0) {
                continue;
            }
            spent = spent.add(line.getEligibleAmount().multiply(BigDecimal.valueOf(units))
                    .divide(BigDecimal.valueOf(line.getQuantity()), 10, RoundingMode.HALF_EVEN));
            for (Long category : line.getCategoryIds()) {
                Integer before = categories.get(category);
                categories.put(category, (before == null ? 0 : before) + units);
            }
        }
        return new OrderContribution(kept > 0 ? 1 : 0, base(spent, order), points, categories, returned);
    }

    /** Cancelled, or some units came back. */
    boolean isReduced() {
        return reduced;
    }

    private static BigDecimal base(BigDecimal amount, ClubOrder order) {
        return amount.multiply(order.getExchangeRate()).setScale(5, RoundingMode.HALF_EVEN);
    }
}
