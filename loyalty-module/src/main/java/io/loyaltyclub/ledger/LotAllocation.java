package io.loyaltyclub.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the lots a spend takes its points from: the soonest-expiring first (lots that never expire last),
 * and among lots expiring together the one that became available first, then the oldest lot. Spending in
 * that order is what a member expects: the points about to lapse go first.
 */
public final class LotAllocation {

    private static final Comparator<Lot> SPENDING_ORDER = new Comparator<Lot>() {
        @Override
        public int compare(Lot a, Lot b) {
            int byExpiry = compareNullsLast(a.getExpiresAt(), b.getExpiresAt());
            if (byExpiry != 0) {
                return byExpiry;
            }
            int byAvailability = compareNullsLast(a.getAvailableAt(), b.getAvailableAt());
            return byAvailability != 0 ? byAvailability : Long.compare(a.getId(), b.getId());
        }
    };

    private LotAllocation() {
    }

    /**
     * Takes {@code points} from the lots, in spending order; returns how much each lot gives (lot id to
     * points, in the order taken). Fails if the lots together hold less than asked.
     */
    public static Map<Long, Long> take(long points, List<Lot> lots) {
        if (points <= 0) {
            throw new IllegalArgumentException("points to take must be positive, was " + points);
        }
        Map<Long, Long> taken = takeAtMost(points, lots);
        long total = 0;
        for (long part : taken.values()) {
            total += part;
        }
        if (total < points) {
            throw new IllegalStateException("the lots hold " + total + " points, " + points + " were asked");
        }
        return taken;
    }

    /** Like {@link #take(long, List)}, but takes what there is when the lots hold less than asked. */
    public static Map<Long, Long> takeAtMost(long points, List<Lot> lots) {
        List<Lot> ordered = new ArrayList<Lot>(lots);
        Collections.sort(ordered, SPENDING_ORDER);
        Map<Long, Long> taken = new LinkedHashMap<Long, Long>();
        long missing = points;
        for (Lot lot : ordered) {
            if (missing == 0) {
                break;
            }
            long part = Math.min(missing, lot.getRemaining());
            if (part > 0) {
                taken.put(lot.getId(), part);
                missing -= part;
            }
        }
        return taken;
    }

    private static int compareNullsLast(Instant a, Instant b) {
        if (a == null) {
            return b == null ? 0 : 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }
}
