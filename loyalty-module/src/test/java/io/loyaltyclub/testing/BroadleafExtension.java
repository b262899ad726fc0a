package io.loyaltyclub.testing;

import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * JUnit 5 extension for integration tests on the real Broadleaf context ({@link BroadleafContext}).
 *
 * <p>Around each test it binds an entity manager to the thread, as Broadleaf's open-entity-manager-in-view
 * filter does for a storefront request: lazy collections load, and each service call still commits on its
 * own, exactly as in a real checkout. Tests receive {@link BroadleafContext} and {@link ShopFixtures} as
 * parameters.</p>
 */
public class BroadleafExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    @Override
    public void beforeEach(ExtensionContext extensionContext) {
        enterRequest(BroadleafContext.get());
    }

    @Override
    public void afterEach(ExtensionContext extensionContext) {
        leaveRequest(BroadleafContext.get());
        BroadleafContext.get().clock().reset();
    }

    /**
     * Makes the current thread look like a storefront request: an entity manager bound to it and Broadleaf's
     * request context with the shop's currency. Worker threads of concurrency tests call it too.
     */
    public static void enterRequest(BroadleafContext context) {
        bindEntityManager(context.entityManagerFactory());
        BroadleafRequestContext request = new BroadleafRequestContext();
        request.setBroadleafCurrency(context.shopCurrency());
        BroadleafRequestContext.setBroadleafRequestContext(request);
    }

    public static void leaveRequest(BroadleafContext context) {
        BroadleafRequestContext.setBroadleafRequestContext(null);
        unbindEntityManager(context.entityManagerFactory());
    }

    private static void bindEntityManager(EntityManagerFactory emf) {
        if (!TransactionSynchronizationManager.hasResource(emf)) {
            TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(emf.createEntityManager()));
        }
    }

    private static void unbindEntityManager(EntityManagerFactory emf) {
        if (TransactionSynchronizationManager.hasResource(emf)) {
            EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.unbindResource(emf);
            holder.getEntityManager().close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == BroadleafContext.class || type == ShopFixtures.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        BroadleafContext context = BroadleafContext.get();
        Class<?> type = parameterContext.getParameter().getType();
        return type == BroadleafContext.class ? context : new ShopFixtures(context);
    }
}
