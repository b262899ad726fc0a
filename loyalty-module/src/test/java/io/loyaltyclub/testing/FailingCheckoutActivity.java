package io.loyaltyclub.testing;

import java.util.concurrent.atomic.AtomicBoolean;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * A checkout activity that does nothing until {@link #failNextCheckout()} is called; then the next checkout
 * fails here, as a tax or inventory step of a real shop might, and Broadleaf rolls back what earlier
 * activities did. By default it runs at order 5900: after the club prepared the order's points (5500), before
 * Broadleaf completes the order (6000).
 */
public class FailingCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private final AtomicBoolean failNext = new AtomicBoolean();

    public FailingCheckoutActivity() {
        setOrder(5900);
    }

    public void failNextCheckout() {
        failNext.set(true);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        if (failNext.compareAndSet(true, false)) {
            throw new IllegalStateException("checkout failed on purpose after the club's activities");
        }
        return context;
    }
}
