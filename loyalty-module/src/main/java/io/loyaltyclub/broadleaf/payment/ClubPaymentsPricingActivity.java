package io.loyaltyclub.broadleaf.payment;

import java.math.BigDecimal;
import java.util.Currency;

import javax.annotation.Resource;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.loyaltyclub.payment.PointsPaymentPolicy;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.program.RequestMemo;

/**
 * A step of Broadleaf's pricing workflow (order {@value #ORDER}: after the order's total is known, before
 * Broadleaf's {@code AdjustOrderPaymentsActivity} at 9000 sizes the card or third-party payment to what is left)
 * that fits the member's store-credit and points payments to the order as it is now:
 * <ul>
 * <li>points: what the member asked for, cut to the program's largest share of the new total and to its step
 * (none below the minimum);</li>
 * <li>store credit: what the member asked for, at most what the total leaves after the points.</li>
 * </ul>
 * Removing items after applying credit thus never leaves more credit than the order costs, and adding items
 * again brings the payments back up to what the member asked for. Confirmed payments are not touched.
 */
public class ClubPaymentsPricingActivity extends BaseActivity<ProcessContext<Order>> {

    public static final int ORDER = 8500;

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    public ClubPaymentsPricingActivity() {
        setOrder(ORDER);
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        OrderPayment points = CartClubPayments.unconfirmed(order, PointsPaymentGateway.TYPE);
        OrderPayment credit = CartClubPayments.unconfirmed(order, StoreCreditGateway.TYPE);
        if ((points == null && credit == null) || order.getTotal() == null) {
            return context;
        }
        String currency = order.getCurrency().getCurrencyCode();
        int scale = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        BigDecimal total = order.getTotal().getAmount();
        BigDecimal paidWithPoints = BigDecimal.ZERO;
        if (points != null) {
            ProgramSettings settings = RequestMemo.settings(program);
            BigDecimal rate = program.rateToBase(currency, settings);
            PointsPaymentPolicy policy = settings.pointsPaymentPolicy();
            long used = policy.limit(Long.parseLong(requested(points)), total, rate, scale);
            paidWithPoints = policy.valueOf(used, rate, scale);
            resize(points, paidWithPoints, currency);
            transaction(points).getAdditionalFields().put(ClubPaymentGateway.POINTS, String.valueOf(used));
        }
        if (credit != null) {
            BigDecimal left = total.subtract(paidWithPoints).max(BigDecimal.ZERO);
            resize(credit, new BigDecimal(requested(credit)).min(left), currency);
        }
        return context;
    }

    private static String requested(OrderPayment payment) {
        return transaction(payment).getAdditionalFields().get(ClubPaymentGateway.REQUESTED);
    }

    private static PaymentTransaction transaction(OrderPayment payment) {
        return payment.getTransactionsForType(PaymentTransactionType.UNCONFIRMED).get(0);
    }

    private static void resize(OrderPayment payment, BigDecimal amount, String currency) {
        Money money = new Money(amount, currency);
        payment.setAmount(money);
        transaction(payment).setAmount(money);
    }
}
