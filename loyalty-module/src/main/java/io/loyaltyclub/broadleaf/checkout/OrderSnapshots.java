package io.loyaltyclub.broadleaf.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;

import io.loyaltyclub.earning.OrderLineForEarning;
import io.loyaltyclub.checkout.ClubOrderSnapshot;
import io.loyaltyclub.checkout.EligibleAmounts;

/**
 * Reads what the club needs from a Broadleaf order: its lines with their products and categories, and what the
 * member paid for each with money of their own ({@link EligibleAmounts}).
 *
 * <ul>
 * <li>A line's total is Broadleaf's item total after the item's own offers; order-level offers are spread over
 * the lines.</li>
 * <li>Payments of type gift card or customer credit (store credit, points paid as credit) are not the member's
 * money: they come off the merchandise first.</li>
 * <li>A product with the attribute {@code giftCard=true} is a gift card.</li>
 * </ul>
 */
public final class OrderSnapshots {

    public static final String GIFT_CARD_ATTRIBUTE = "giftCard";

    private OrderSnapshots() {
    }

    public static ClubOrderSnapshot of(Order order, Instant orderedAt) {
        String currency = currencyCode(order);
        int scale = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        List<DiscreteOrderItem> items = order.getDiscreteOrderItems();
        List<BigDecimal> totals = new ArrayList<BigDecimal>(items.size());
        for (DiscreteOrderItem item : items) {
            totals.add(amount(item.getTotalPrice()).setScale(scale, RoundingMode.HALF_UP));
        }
        List<BigDecimal> eligible = EligibleAmounts.of(totals, amount(order.getOrderAdjustmentsValue()),
                nonCashPayments(order), scale);
        List<OrderLineForEarning> lines = new ArrayList<OrderLineForEarning>(items.size());
        for (int i = 0; i < items.size(); i++) {
            DiscreteOrderItem item = items.get(i);
            Product product = item.getProduct();
            lines.add(new OrderLineForEarning(item.getId(), product.getId(), categoryIds(product), item.getQuantity(),
                    eligible.get(i), isGiftCard(product)));
        }
        return new ClubOrderSnapshot(order.getId(), order.getCustomer().getId(), currency, amount(order.getSubTotal()),
                order.getItemCount(), orderedAt, lines);
    }

    private static BigDecimal nonCashPayments(Order order) {
        BigDecimal total = BigDecimal.ZERO;
        if (order.getPayments() == null) {
            return total;
        }
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive() && (PaymentType.GIFT_CARD.equals(payment.getType())
                    || PaymentType.CUSTOMER_CREDIT.equals(payment.getType()))) {
                total = total.add(amount(payment.getAmount()));
            }
        }
        return total;
    }

    private static Set<Long> categoryIds(Product product) {
        Set<Long> ids = new LinkedHashSet<Long>();
        if (product.getDefaultCategory() != null) {
            ids.add(product.getDefaultCategory().getId());
        }
        List<CategoryProductXref> parents = product.getAllParentCategoryXrefs();
        if (parents != null) {
            for (CategoryProductXref xref : parents) {
                Category category = xref.getCategory();
                if (category != null) {
                    ids.add(category.getId());
                }
            }
        }
        return ids;
    }

    private static boolean isGiftCard(Product product) {
        ProductAttribute attribute = product.getProductAttributes() == null ? null
                : product.getProductAttributes().get(GIFT_CARD_ATTRIBUTE);
        return attribute != null && "true".equalsIgnoreCase(attribute.getValue());
    }

    private static String currencyCode(Order order) {
        BroadleafCurrency currency = order.getCurrency();
        if (currency != null && currency.getCurrencyCode() != null) {
            return currency.getCurrencyCode();
        }
        Money subtotal = order.getSubTotal() == null ? Money.ZERO : order.getSubTotal();
        return subtotal.getCurrency().getCurrencyCode();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }
}
