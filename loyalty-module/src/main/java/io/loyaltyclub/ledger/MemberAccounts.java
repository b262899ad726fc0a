package io.loyaltyclub.ledger;

import java.util.List;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.LoyaltyException;

/**
 * The account rows of a ledger (points, store credit): one per customer, found by customer id, created on first
 * need and locked for each change. {@code A} is the account entity; it has a unique {@code customerId} and a
 * numeric {@code version}.
 */
public final class MemberAccounts<A> {

    private final EntityManager entityManager;
    private final PlatformTransactionManager transactionManager;
    private final MemberDirectory memberDirectory;
    private final Class<A> type;

    public MemberAccounts(EntityManager entityManager, PlatformTransactionManager transactionManager,
            MemberDirectory memberDirectory, Class<A> type) {
        this.entityManager = entityManager;
        this.transactionManager = transactionManager;
        this.memberDirectory = memberDirectory;
        this.type = type;
    }

    /** The id of the customer's account, or {@code null} when there is none. */
    public Long idOf(long customerId) {
        return idOf(entityManager, type, customerId);
    }

    /**
     * The id of the customer's account of {@code type}, or {@code null}. Reads that start from the account's id
     * find the entries on the account's index; joined with the accounts in one statement, a database may walk
     * another index over every member's entries.
     */
    public static Long idOf(EntityManager entityManager, Class<?> type, long customerId) {
        List<Long> ids = entityManager.createQuery("select a.id from " + type.getSimpleName()
                + " a where a.customerId = :customerId", Long.class)
                .setParameter("customerId", customerId)
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Refuses ({@code unknown_customer}) a customer the shop does not know, so nothing is booked for nobody. */
    public void requireMember(long customerId) {
        if (memberDirectory != null && !memberDirectory.exists(customerId)) {
            throw new LoyaltyException("unknown_customer", "there is no customer " + customerId);
        }
    }

    /** Creates the account on first need, in a transaction of its own so that a race on creation costs nothing. */
    public void ensure(long customerId, final Supplier<A> newAccount) {
        if (idOf(customerId) != null) {
            return;
        }
        requireMember(customerId);
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            own.execute(status -> {
                entityManager.persist(newAccount.get());
                entityManager.flush();
                return null;
            });
        } catch (RuntimeException e) {
            if (idOf(customerId) == null) {
                throw e;
            }
            // Another request created it at the same moment: the unique customer id kept it single.
        }
    }

    /**
     * Locks the member's account row for the rest of the transaction and reads its balances fresh. The lock is
     * taken by an update of the row, which every database serializes the same way (a SELECT ... FOR UPDATE is
     * not a lock on all of them: HSQLDB's MVCC mode lets two of them pass).
     */
    public A lock(long customerId) {
        int locked = entityManager.createQuery("update " + type.getSimpleName() + " a set a.version = a.version + 1"
                + " where a.customerId = :customerId")
                .setParameter("customerId", customerId)
                .executeUpdate();
        if (locked != 1) {
            throw new IllegalStateException("no " + type.getSimpleName() + " for customer " + customerId);
        }
        A account = entityManager.createQuery("select a from " + type.getSimpleName()
                + " a where a.customerId = :customerId", type)
                .setParameter("customerId", customerId)
                .getSingleResult();
        // The request may hold an older copy of the account (a balance read earlier): the locked row wins.
        entityManager.refresh(account);
        return account;
    }
}
