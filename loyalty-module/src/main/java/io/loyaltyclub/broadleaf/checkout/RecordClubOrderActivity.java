package io.loyaltyclub.broadleaf.checkout;

import javax.annotation.Resource;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.loyaltyclub.checkout.ClubOrderService;
import io.loyaltyclub.checkout.ClubOrderSnapshot;

/**
 * Checkout activity (order 5500: after payment, offer usage and tax, before the order is completed) that
 * records the order in the club's own table. Its rollback handler removes the record when a later activity fails.
 */
public class RecordClubOrderActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "blLoyaltyClubOrderService")
    private ClubOrderService clubOrderService;

    public RecordClubOrderActivity() {
        setOrder(5500);
        setAutomaticallyRegisterRollbackHandler(true);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        clubOrderService.record(snapshotOf(context.getSeedData().getOrder()));
        return context;
    }

    static ClubOrderSnapshot snapshotOf(Order order) {
        Money subtotal = order.getSubTotal() == null ? Money.ZERO : order.getSubTotal();
        return new ClubOrderSnapshot(order.getId(), order.getCustomer().getId(), currencyCode(order, subtotal),
                subtotal.getAmount(), order.getItemCount());
    }

    private static String currencyCode(Order order, Money subtotal) {
        BroadleafCurrency currency = order.getCurrency();
        if (currency != null && currency.getCurrencyCode() != null) {
            return currency.getCurrencyCode();
        }
        return subtotal.getCurrency().getCurrencyCode();
    }
}
