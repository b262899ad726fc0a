package io.loyaltyclub.checkout;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

/** Keeps the club's record of checked-out orders ({@link ClubOrder}). Each method is one transaction. */
public class ClubOrderService {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private Clock clock = Clock.systemUTC();

    /**
     * Records the order once: a second call for the same order (a retried checkout) returns the first record
     * and writes nothing.
     */
    @Transactional("blTransactionManager")
    public ClubOrder record(ClubOrderSnapshot snapshot) {
        ClubOrder existing = find(snapshot.getOrderId());
        if (existing != null) {
            return existing;
        }
        ClubOrder order = new ClubOrder(snapshot, Date.from(clock.instant()));
        entityManager.persist(order);
        return order;
    }

    /** Removes the record of an order whose checkout did not complete; returns whether there was one. */
    @Transactional("blTransactionManager")
    public boolean forget(long orderId) {
        return entityManager.createQuery("delete from ClubOrder o where o.orderId = :orderId")
                .setParameter("orderId", orderId)
                .executeUpdate() > 0;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public ClubOrder find(long orderId) {
        List<ClubOrder> found = entityManager
                .createQuery("select o from ClubOrder o where o.orderId = :orderId", ClubOrder.class)
                .setParameter("orderId", orderId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
