package io.loyaltyclub.demo.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.demo.payment.PayOnDeliveryPayments;
import io.loyaltyclub.earning.EventType;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.program.CashBackRuleRecord;
import io.loyaltyclub.program.EventRuleRecord;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.rewards.PunchCard;
import io.loyaltyclub.rewards.PunchCardService;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardService;
import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;

/**
 * Fills an empty shop through Broadleaf's own services, as a merchant would through the admin: the currency,
 * locale and shopper role ({@code demo-site-seed.sql}), {@link DemoCatalog}'s three categories and twelve
 * products, the demo shopper with a welcome store credit, a cash-back rule, and three past orders that went through the real checkout workflow with the
 * demo's payment method, and the club's program (sign-up bonus, tiers, rewards, a punch card) with welcome points
 * for the shopper. A shop that already has products is left as it is.
 */
public class ShopSeed implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    public static final String SHOPPER_EMAIL = "shopper@example.com";
    public static final String SHOPPER_PASSWORD = "demo1234";
    /** Points every new member gets (the demo shopper too). */
    public static final long SIGN_UP_BONUS = 50;
    /** Points the demo shopper gets on top, to pay with at checkout. */
    public static final long SHOPPER_WELCOME_POINTS = 1400;

    private static final Log LOG = LogFactory.getLog(ShopSeed.class);

    @Resource(name = "blCatalogService")
    private CatalogService catalogService;
    @Resource(name = "blCustomerService")
    private CustomerService customerService;
    @Resource(name = "blOrderService")
    private OrderService orderService;
    @Resource(name = "blCheckoutService")
    private CheckoutService checkoutService;
    @Resource(name = "blCurrencyService")
    private BroadleafCurrencyService currencyService;
    @Resource(name = "blLocaleService")
    private LocaleService localeService;
    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;
    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger credit;
    @Resource(name = "demoPayOnDeliveryPayments")
    private PayOnDeliveryPayments payments;
    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger points;
    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;
    @Resource(name = "blLoyaltyRewardService")
    private RewardService rewards;
    @Resource(name = "blLoyaltyPunchCardService")
    private PunchCardService punchCards;

    private DataSource dataSource;
    private PlatformTransactionManager transactionManager;
    private EntityManagerFactory entityManagerFactory;
    private org.springframework.core.io.Resource rolesScript;
    private ApplicationContext applicationContext;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext() != applicationContext) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        indexCustomerUserName(jdbc);
        if (count(jdbc, "BLC_CURRENCY") == 0) {
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
            populator.addScript(rolesScript);
            DatabasePopulatorUtils.execute(populator, dataSource);
        }
        if (count(jdbc, "BLC_PRODUCT") > 0) {
            LOG.info("Shop data present: not seeding");
            return;
        }
        long started = System.currentTimeMillis();
        // What Broadleaf's request filters give a web request: an entity manager and a request context.
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        TransactionSynchronizationManager.bindResource(entityManagerFactory, new EntityManagerHolder(entityManager));
        BroadleafRequestContext.setBroadleafRequestContext(requestContext());
        try {
            List<Product> products = seedCatalog();
            seedProgram();
            Customer shopper = seedShopper();
            seedClub(shopper);
            seedPastOrders(shopper, products);
        } catch (Exception e) {
            throw new IllegalStateException("Seeding the demo shop failed", e);
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(null);
            TransactionSynchronizationManager.unbindResource(entityManagerFactory);
            entityManager.close();
        }
        LOG.info("Seeded the shop (catalog, " + SHOPPER_EMAIL + ", past orders) in "
                + (System.currentTimeMillis() - started) + " ms");
    }

    private BroadleafRequestContext requestContext() {
        BroadleafRequestContext context = new BroadleafRequestContext();
        BroadleafCurrency usd = currencyService.findCurrencyByCode(DemoCatalog.CURRENCY);
        Locale locale = localeService.findDefaultLocale();
        context.setBroadleafCurrency(usd);
        context.setLocale(locale);
        return context;
    }

    private List<Product> seedCatalog() {
        final List<Product> products = new ArrayList<Product>();
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                Date start = DemoCatalog.yesterday();
                for (DemoCatalog.CategoryEntry entry : DemoCatalog.CATEGORIES) {
                    Category category = catalogService.createCategory();
                    category.setName(entry.name);
                    category.setDescription(entry.description);
                    category.setUrl("/" + entry.slug);
                    category.setActiveStartDate(start);
                    category = catalogService.saveCategory(category);
                    int position = 1;
                    for (DemoCatalog.ProductEntry item : entry.products) {
                        products.add(product(category, item, start, position++));
                    }
                }
            }
        });
        return products;
    }

    private Product product(Category category, DemoCatalog.ProductEntry item, Date start, int position) {
        Sku sku = catalogService.createSku();
        Product product = catalogService.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        sku.setDefaultProduct(product);
        sku.setName(item.name);
        sku.setDescription(item.summary);
        sku.setLongDescription(item.description);
        sku.setRetailPrice(new Money(new BigDecimal(item.price), DemoCatalog.CURRENCY));
        sku.setActiveStartDate(start);
        sku.setDiscountable(true);
        sku.setTaxable(true);
        Media image = new MediaImpl();
        image.setUrl(item.imageUrl());
        image.setTitle(item.name);
        image.setAltText(item.name);
        sku.getSkuMedia().put("primary", image);
        product.setUrl("/" + category.getUrl().substring(1) + "/" + item.slug);
        product.setManufacturer(item.maker);
        product.setDefaultCategory(category);
        product = catalogService.saveProduct(product);

        CategoryProductXref placement = new CategoryProductXrefImpl();
        placement.setCategory(category);
        placement.setProduct(product);
        placement.setDisplayOrder(new BigDecimal(position));
        product.getAllParentCategoryXrefs().add(placement);
        return catalogService.saveProduct(product);
    }

    private Customer seedShopper() {
        Customer shopper = customerService.createCustomer();
        shopper.setUsername(SHOPPER_EMAIL);
        shopper.setEmailAddress(SHOPPER_EMAIL);
        shopper.setFirstName("Dana");
        shopper.setLastName("Demo");
        return customerService.registerCustomer(shopper, SHOPPER_PASSWORD, SHOPPER_PASSWORD);
    }

    /**
     * The club's offer before anyone registers: a sign-up bonus of {@value #SIGN_UP_BONUS} points, three tiers on
     * the year's spend, three store-credit rewards (the cheapest for the sign-up bonus) and a punch card.
     */
    private void seedProgram() {
        EventRuleRecord signUp = new EventRuleRecord();
        signUp.setName("Welcome bonus");
        signUp.setEventType(EventType.SIGN_UP);
        signUp.setPoints(SIGN_UP_BONUS);
        signUp.setActive(true);
        program.save(signUp);
        tiers.save(new TierRecord("bronze", "Bronze", BigDecimal.ZERO));
        TierRecord silver = new TierRecord("silver", "Silver", new BigDecimal("100"));
        silver.setEarningMultiplier(new BigDecimal("1.25"));
        tiers.save(silver);
        TierRecord gold = new TierRecord("gold", "Gold", new BigDecimal("300"));
        gold.setEarningMultiplier(new BigDecimal("1.5"));
        gold.setCashBackPercent(new BigDecimal("2"));
        gold.setFreeShipping(true);
        tiers.save(gold);
        rewards.define(Reward.storeCredit("$1 store credit", SIGN_UP_BONUS, new BigDecimal("1.00"), DemoCatalog.CURRENCY));
        Reward small = rewards.define(Reward.storeCredit("$5 store credit", 500, new BigDecimal("5.00"), DemoCatalog.CURRENCY));
        rewards.define(Reward.storeCredit("$25 store credit", 2500, new BigDecimal("25.00"), DemoCatalog.CURRENCY));
        punchCards.define(new PunchCard("Coffee card: the 6th order brings $5 of credit", 5, small.getId()));
    }

    /** A cash-back rule (5 % back as store credit, at most 10.00 an order) and a welcome credit for the shopper. */
    private void seedClub(Customer shopper) {
        CashBackRuleRecord cashBack = new CashBackRuleRecord();
        cashBack.setName("5% back as store credit");
        cashBack.setActive(true);
        cashBack.setPercentage(new BigDecimal("5"));
        cashBack.setMaxPerOrder(new BigDecimal("10.00"));
        program.save(cashBack);
        credit.adjust(shopper.getId(), new BigDecimal("10.00"), DemoCatalog.CURRENCY, "Welcome credit of the demo shop",
                "demo seed", "demo:welcome-credit:" + shopper.getId());
        points.adjust(shopper.getId(), SHOPPER_WELCOME_POINTS, "Welcome points of the demo shop", "demo seed",
                "demo:welcome-points:" + shopper.getId());
    }

    /** Three orders placed over the last weeks, checked out through Broadleaf's workflow. */
    private void seedPastOrders(Customer shopper, List<Product> products) throws Exception {
        List<List<Integer>> baskets = Arrays.asList(
                Arrays.asList(0, 4),
                Arrays.asList(1, 8, 8),
                Arrays.asList(2, 5, 6));
        int[] daysAgo = {41, 23, 9};
        for (int i = 0; i < baskets.size(); i++) {
            Order cart = orderService.createNewCartForCustomer(shopper);
            cart.setEmailAddress(shopper.getEmailAddress());
            for (Integer index : baskets.get(i)) {
                Product product = products.get(index);
                cart = orderService.addItem(cart.getId(),
                        new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), 1), true);
            }
            cart = payments.payOnDelivery(cart);
            Order order = checkoutService.performCheckout(cart).getOrder();
            order.setSubmitDate(daysBefore(daysAgo[i]));
            orderService.save(order, false);
        }
    }

    private static Date daysBefore(int days) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.add(Calendar.DAY_OF_MONTH, -days);
        calendar.set(Calendar.HOUR_OF_DAY, 10 + days % 8);
        return calendar.getTime();
    }

    /**
     * Broadleaf reads the signed-in customer by user name on a request whenever its query cache misses (with more
     * signed-in customers than the cache holds, on most requests), and its schema has no index on the column: each
     * read scanned every customer. Created once, after Hibernate made the table.
     */
    private static void indexCustomerUserName(JdbcTemplate jdbc) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO"
                + " WHERE TABLE_NAME = 'BLC_CUSTOMER' AND INDEX_NAME = 'IX_DEMO_CUSTOMER_USER_NAME'", Integer.class);
        if (present == null || present == 0) {
            jdbc.execute("CREATE INDEX IX_DEMO_CUSTOMER_USER_NAME ON BLC_CUSTOMER (USER_NAME)");
        }
    }

    private static int count(JdbcTemplate jdbc, String table) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setEntityManagerFactory(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public void setRolesScript(org.springframework.core.io.Resource rolesScript) {
        this.rolesScript = rolesScript;
    }
}
