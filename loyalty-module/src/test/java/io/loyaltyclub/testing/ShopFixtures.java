package io.loyaltyclub.testing;

import java.math.BigDecimal;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutResponse;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

/**
 * Makes shop data through Broadleaf's own services, the way a storefront would: products with a priced default
 * SKU, customers, carts priced by the pricing workflow, a payment through the test gateway, and the real
 * checkout workflow ({@code blCheckoutWorkflow}).
 */
public class ShopFixtures {

    public static final String CURRENCY = "USD";

    private final BroadleafContext context;

    public ShopFixtures(BroadleafContext context) {
        this.context = context;
    }

    public Product product(String name, String price) {
        return product(name, price, null);
    }

    /** A category of the catalog, active since yesterday. */
    public Category category(String name) {
        CatalogService catalog = context.bean("blCatalogService", CatalogService.class);
        return context.transactionTemplate().execute(status -> {
            Category category = catalog.createCategory();
            category.setName(name);
            category.setUrl("/" + unique(name.toLowerCase().replaceAll("[^a-z0-9]+", "-")));
            category.setActiveStartDate(new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1)));
            return catalog.saveCategory(category);
        });
    }

    /** A product whose default category is {@code category} (none when null). */
    public Product product(String name, String price, Category category) {
        CatalogService catalog = context.bean("blCatalogService", CatalogService.class);
        Date yesterday = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1));
        // A product keeps its name, dates and prices on its default SKU, so the SKU comes first.
        Sku sku = catalog.createSku();
        Product product = catalog.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        sku.setDefaultProduct(product);
        sku.setName(name);
        sku.setRetailPrice(money(price));
        sku.setActiveStartDate(yesterday);
        sku.setDiscountable(true);
        sku.setTaxable(true);
        product.setUrl("/" + unique(name.toLowerCase().replaceAll("[^a-z0-9]+", "-")));
        product.setDefaultCategory(category);
        return catalog.saveProduct(product);
    }

    public Customer customer() {
        CustomerService customers = context.bean("blCustomerService", CustomerService.class);
        Customer customer = customers.createCustomer();
        String name = unique("shopper");
        customer.setUsername(name);
        customer.setEmailAddress(name + "@example.test");
        customer.setFirstName("Test");
        customer.setLastName("Shopper");
        customer.setRegistered(true);
        return customers.saveCustomer(customer);
    }

    /** A new cart for the customer holding {@code quantity} of the product, priced by Broadleaf. */
    public Order cart(Customer customer, Product product, int quantity) {
        OrderService orders = orderService();
        Order cart = orders.createNewCartForCustomer(customer);
        try {
            return orders.addItem(cart.getId(),
                    new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), quantity), true);
        } catch (Exception e) {
            throw new IllegalStateException("Could not add " + product.getName() + " to the cart", e);
        }
    }

    /** Adds {@code quantity} of another product to the cart, priced by Broadleaf. */
    public Order add(Order cart, Product product, int quantity) {
        try {
            return orderService().addItem(cart.getId(),
                    new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), quantity), true);
        } catch (Exception e) {
            throw new IllegalStateException("Could not add " + product.getName() + " to the cart", e);
        }
    }

    /** Checks out a cart paid in full through the test gateway; the submitted order. */
    public Order placeOrder(Order cart) {
        try {
            return checkout(payRestWithTestGateway(cart)).getOrder();
        } catch (CheckoutException e) {
            throw new IllegalStateException("checkout of order " + cart.getId() + " failed", e);
        }
    }

    /** Adds a payment for what is still open on the order, confirmed at checkout by {@link TestPaymentGateway}. */
    public Order payRestWithTestGateway(Order order) {
        OrderPaymentService payments = context.bean("blOrderPaymentService", OrderPaymentService.class);
        Money amount = order.getTotalAfterAppliedPayments();
        OrderPayment payment = payments.create();
        payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
        payment.setPaymentGatewayType(TestPaymentGateway.TYPE);
        payment.setAmount(amount);
        payment.setReferenceNumber(unique("test-payment"));
        payment.setOrder(order);
        PaymentTransaction transaction = payments.createTransaction();
        transaction.setType(PaymentTransactionType.UNCONFIRMED);
        transaction.setAmount(amount);
        transaction.setDate(new Date());
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orderService().addPaymentToOrder(order, payment, null);
        try {
            return orderService().save(order, false);
        } catch (Exception e) {
            throw new IllegalStateException("Could not save the payment on order " + order.getId(), e);
        }
    }

    /** Runs Broadleaf's checkout workflow on the order. */
    public CheckoutResponse checkout(Order order) throws CheckoutException {
        return context.bean("blCheckoutService", CheckoutService.class).performCheckout(order);
    }

    /** A cart for one product, paid in full through the test gateway, ready for {@link #checkout(Order)}. */
    public Order paidCart(Customer customer, Product product, int quantity) {
        return payRestWithTestGateway(cart(customer, product, quantity));
    }

    /** The id of the order's item of the named product. */
    public static long itemId(Order order, String productName) {
        for (DiscreteOrderItem item : order.getDiscreteOrderItems()) {
            if (item.getProduct().getName().equals(productName)) {
                return item.getId();
            }
        }
        throw new AssertionError("no " + productName + " in order " + order.getId());
    }

    public OrderService orderService() {
        return context.bean("blOrderService", OrderService.class);
    }

    public static Money money(String amount) {
        return new Money(new BigDecimal(amount), CURRENCY);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
