package io.loyaltyclub.broadleaf.offer;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.standing.TierListener;
import io.loyaltyclub.standing.TierRecord;

/**
 * A tier's free shipping, as Broadleaf does it: an automatic offer of type FULFILLMENT_GROUP, 100 % off, whose
 * customer rule asks for the tier in the customer attribute {@value #ATTRIBUTE}. The club keeps both in step:
 * the offer when the merchant saves a tier (created, or ended when the tier loses free shipping or is removed),
 * the attribute whenever members' tiers change, and, in the nightly job, for every member whose attribute differs
 * from the tier (after a backfill run by the command, say).
 */
public class TierFreeShipping implements TierListener {

    public static final String ATTRIBUTE = "loyaltyTier";

    private static final Log LOG = LogFactory.getLog(TierFreeShipping.class);

    @Resource(name = "blOfferService")
    private OfferService offerService;

    @Resource(name = "blCustomerService")
    private CustomerService customerService;

    private NamedParameterJdbcTemplate jdbc;
    private PlatformTransactionManager transactionManager;
    private Clock clock = Clock.systemUTC();

    /** The MVEL customer rule of a tier's offer. */
    public static String customerRule(String tierCode) {
        return "customer.customerAttributes[\"" + ATTRIBUTE + "\"] != null && customer.customerAttributes[\""
                + ATTRIBUTE + "\"].value == \"" + tierCode + "\"";
    }

    @Override
    public void tierSaved(TierRecord tier) {
        Offer offer = tier.getOfferId() == null ? null : offerService.getOfferDao().readOfferById(tier.getOfferId());
        Date now = Date.from(clock.instant());
        if (tier.isFreeShipping()) {
            if (offer == null) {
                offer = offerService.getOfferDao().create();
                offer.setType(OfferType.FULFILLMENT_GROUP);
                offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
                offer.setValue(new BigDecimal("100"));
                offer.setAutomaticallyAdded(true);
                offer.setCombinableWithOtherOffers(true);
                offer.setStartDate(aMinuteBefore(now));
            }
            offer.setName(("Free shipping: " + tier.getName()).substring(0, Math.min(255, 15 + tier.getName().length())));
            offer.setAppliesToCustomerRules(customerRule(tier.getCode()));
            offer.setEndDate(null);
            tier.linkOffer(offerService.save(offer).getId());
        } else if (offer != null && (offer.getEndDate() == null || offer.getEndDate().after(now))) {
            offer.setEndDate(aMinuteBefore(now));
            offerService.save(offer);
        }
    }

    /**
     * Broadleaf compares an offer's dates with the current time to the second (and its offer query to the day), so
     * the club starts and ends its offers a minute back: an offer ended now is not still seen in this second.
     */
    private static Date aMinuteBefore(Date now) {
        return new Date(now.getTime() - 60000L);
    }

    @Override
    public void tiersChanged(Collection<Long> customerIds) {
        for (Long customerId : customerIds) {
            List<String> tier = jdbc.queryForList("SELECT TIER_CODE FROM LOY_CUSTOMER_STATS WHERE CUSTOMER_ID = :customer",
                    new MapSqlParameterSource("customer", customerId), String.class);
            write(customerId, tier.isEmpty() ? null : tier.get(0));
        }
    }

    /** Sets the customer's tier attribute (empty for none). */
    private void write(long customerId, String tierCode) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null) {
            return;
        }
        CustomerAttribute attribute = customer.getCustomerAttributes().get(ATTRIBUTE);
        String value = tierCode == null ? "" : tierCode;
        if (attribute == null) {
            if (tierCode == null) {
                return;
            }
            attribute = new CustomerAttributeImpl();
            attribute.setName(ATTRIBUTE);
            attribute.setCustomer(customer);
            customer.getCustomerAttributes().put(ATTRIBUTE, attribute);
        } else if (value.equals(attribute.getValue())) {
            return;
        }
        attribute.setValue(value);
        customerService.saveCustomer(customer);
    }

    /**
     * Brings every member's tier attribute in line with their tier, a chunk of members per transaction; returns how
     * many were written.
     */
    @Override
    public int catchUp(int chunkSize) {
        int written = 0;
        long after = -1;
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        while (true) {
            List<Long> chunk = jdbc.queryForList("SELECT s.CUSTOMER_ID FROM LOY_CUSTOMER_STATS s"
                    + " LEFT JOIN BLC_CUSTOMER_ATTRIBUTE a ON a.CUSTOMER_ID = s.CUSTOMER_ID AND a.NAME = :name"
                    + " WHERE s.CUSTOMER_ID > :after AND COALESCE(s.TIER_CODE, '') <> COALESCE(a.VALUE, '')"
                    + " ORDER BY s.CUSTOMER_ID LIMIT " + chunkSize,
                    new MapSqlParameterSource("name", ATTRIBUTE).addValue("after", after), Long.class);
            if (chunk.isEmpty()) {
                if (written > 0) {
                    LOG.info("Loyalty club: tier attribute of " + written + " customer(s) brought in line");
                }
                return written;
            }
            transaction.execute(status -> {
                tiersChanged(chunk);
                return null;
            });
            written += chunk.size();
            after = chunk.get(chunk.size() - 1);
        }
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
