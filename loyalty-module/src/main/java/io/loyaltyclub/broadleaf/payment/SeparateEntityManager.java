package io.loyaltyclub.broadleaf.payment;

import java.util.function.Supplier;

import javax.persistence.EntityManagerFactory;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs club work from inside Broadleaf's checkout with an entity manager of its own.
 *
 * <p>A storefront request has an entity manager bound to its thread but, during checkout, no transaction.
 * Spring's JPA transaction manager then starts even a {@code REQUIRES_NEW} transaction on that same entity
 * manager, and a rollback clears it: the order Broadleaf is still checking out would be detached halfway
 * through its payments. With the request's entity manager set aside, the club's transaction gets a fresh one,
 * and the request's is put back afterwards, untouched. Inside a running transaction nothing is set aside:
 * {@code REQUIRES_NEW} suspends it properly.</p>
 */
public class SeparateEntityManager {

    private EntityManagerFactory entityManagerFactory;

    public <T> T call(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.hasResource(entityManagerFactory)) {
            return work.get();
        }
        Object requests = TransactionSynchronizationManager.unbindResource(entityManagerFactory);
        try {
            return work.get();
        } finally {
            TransactionSynchronizationManager.bindResource(entityManagerFactory, requests);
        }
    }

    public void setEntityManagerFactory(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }
}
