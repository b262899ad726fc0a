package io.loyaltyclub.broadleaf.checkout;

import java.util.LinkedHashMap;
import java.util.Map;

import io.loyaltyclub.checkout.ClubOrderSnapshot;

/**
 * What the checkout's last step saw of each order, kept in memory until Broadleaf's final save of the order
 * has committed and the award can run. Bounded: should an order never arrive (a server stopped between the
 * two), the oldest entries go, and the catch-up job awards that order from the shop's order tables instead.
 */
public class CapturedOrders {

    private static final int MAX_ORDERS = 10000;

    private final Map<Long, ClubOrderSnapshot> byOrder = new LinkedHashMap<Long, ClubOrderSnapshot>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ClubOrderSnapshot> eldest) {
            return size() > MAX_ORDERS;
        }
    };

    public synchronized void capture(ClubOrderSnapshot snapshot) {
        byOrder.put(snapshot.getOrderId(), snapshot);
    }

    /** The captured snapshot of the order, removed from here; null if there is none. */
    public synchronized ClubOrderSnapshot take(long orderId) {
        return byOrder.remove(orderId);
    }

    public synchronized void drop(long orderId) {
        byOrder.remove(orderId);
    }
}
