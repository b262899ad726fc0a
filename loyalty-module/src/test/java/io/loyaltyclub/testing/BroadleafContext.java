package io.loyaltyclub.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real Broadleaf context (common, profile, framework, workflows, web services) with the loyalty club's
 * context merged in, on the selected {@link TestDatabase}. Booted once per JVM and shared by all tests.
 */
public final class BroadleafContext {

    /** The club's patch files, in the order a shop lists them in its patchConfigLocation. */
    public static final String[] LOYALTY_PATCHES = {"bl-loyalty-applicationContext.xml"};
    /** The test wiring: data source, properties, test payment gateway, a checkout activity that fails on demand. */
    public static final String TEST_PATCH = "bl-loyalty-test-applicationContext.xml";

    private static BroadleafContext instance;
    private static RuntimeException bootFailure;

    private final ConfigurableApplicationContext context;
    private final TestDatabase database;
    private BroadleafCurrency shopCurrency;

    private BroadleafContext(ConfigurableApplicationContext context, TestDatabase database) {
        this.context = context;
        this.database = database;
    }

    public static synchronized BroadleafContext get() {
        if (bootFailure != null) {
            throw new IllegalStateException("The Broadleaf test context failed to start earlier in this JVM", bootFailure);
        }
        if (instance == null) {
            try {
                instance = boot();
            } catch (RuntimeException e) {
                bootFailure = e;
                throw e;
            }
        }
        return instance;
    }

    private static BroadleafContext boot() {
        TestDatabase database = TestDatabase.selected();
        database.reset();
        System.setProperty("loyalty.test.jdbc.driver", database.driverClass());
        System.setProperty("loyalty.test.jdbc.url", database.url());
        System.setProperty("loyalty.test.jdbc.user", database.user());
        System.setProperty("loyalty.test.jdbc.password", database.password());
        System.setProperty("loyalty.test.hibernate.dialect", database.hibernateDialect());
        try {
            Set<String> sources = new LinkedHashSet<String>();
            sources.addAll(Arrays.asList(StandardConfigLocations.retrieveAll(StandardConfigLocations.SERVICECONTEXTTYPE)));
            sources.addAll(Arrays.asList(StandardConfigLocations.retrieveAll(StandardConfigLocations.WEBCONTEXTTYPE)));
            List<String> patches = new ArrayList<String>(Arrays.asList(LOYALTY_PATCHES));
            patches.add(TEST_PATCH);
            MergeClassPathXMLApplicationContext context = new MergeClassPathXMLApplicationContext(
                    sources.toArray(new String[sources.size()]), patches.toArray(new String[patches.size()]));
            context.registerShutdownHook();
            BroadleafContext started = new BroadleafContext(context, database);
            started.seedShopData();
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read Broadleaf's list of context files", e);
        }
    }

    /** What every Broadleaf shop has in its database before a customer registers: the customer role. */
    private void seedShopData() {
        JdbcTemplate jdbc = jdbc();
        if (jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ROLE WHERE ROLE_NAME = 'ROLE_USER'", Integer.class) == 0) {
            jdbc.update("INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (-1, 'ROLE_USER')");
        }
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The shop's default currency (US dollars), created on first use as a shop's seed data would. */
    public synchronized BroadleafCurrency shopCurrency() {
        if (shopCurrency == null) {
            final BroadleafCurrencyService currencies = bean("blCurrencyService", BroadleafCurrencyService.class);
            // The currency service does not open a transaction of its own for saving.
            shopCurrency = transactionTemplate().execute(new TransactionCallback<BroadleafCurrency>() {
                @Override
                public BroadleafCurrency doInTransaction(TransactionStatus status) {
                    BroadleafCurrency usd = currencies.findCurrencyByCode(ShopFixtures.CURRENCY);
                    if (usd == null) {
                        usd = new BroadleafCurrencyImpl();
                        usd.setCurrencyCode(ShopFixtures.CURRENCY);
                        usd.setFriendlyName("US Dollar");
                        usd.setDefaultFlag(true);
                        usd = currencies.save(usd);
                    }
                    return usd;
                }
            });
        }
        return shopCurrency;
    }

    public TestClock clock() {
        return bean("blLoyaltyClock", TestClock.class);
    }

    public ConfigurableApplicationContext applicationContext() {
        return context;
    }

    public TestDatabase database() {
        return database;
    }

    public EntityManagerFactory entityManagerFactory() {
        return bean("entityManagerFactory", EntityManagerFactory.class);
    }

    /** Hibernate's statistics of the shop's persistence unit (switched on by the caller, e.g. to count statements). */
    public org.hibernate.stat.Statistics hibernateStatistics() {
        org.hibernate.SessionFactory sessionFactory = ((org.hibernate.ejb.HibernateEntityManagerFactory)
                ((org.springframework.orm.jpa.EntityManagerFactoryInfo) entityManagerFactory()).getNativeEntityManagerFactory())
                .getSessionFactory();
        return sessionFactory.getStatistics();
    }

    public DataSource dataSource() {
        return bean("blDS", DataSource.class);
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    public TransactionTemplate transactionTemplate() {
        return new TransactionTemplate(bean("blTransactionManager", PlatformTransactionManager.class));
    }
}
