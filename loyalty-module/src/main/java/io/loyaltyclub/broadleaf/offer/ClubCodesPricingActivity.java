package io.loyaltyclub.broadleaf.offer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A pricing step before Broadleaf's offers (order {@value #ORDER}; {@code blOfferActivity} is 1000): takes off
 * the cart any club code that is not the cart customer's or is outside its window, however it got there (the
 * shop's own promo form does not know whose a code is), so the shop's pricing never applies it. Codes without
 * uses left stay: the checkout refuses them with a clear error, and a checkout tried again keeps its price.
 */
public class ClubCodesPricingActivity extends BaseActivity<ProcessContext<Order>> {

    public static final int ORDER = 900;

    @Resource(name = "blLoyaltyDataSource")
    private DataSource dataSource;

    @Resource(name = "blLoyaltyClock")
    private Clock clock;

    public ClubCodesPricingActivity() {
        setOrder(ORDER);
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        List<OfferCode> added = order.getAddedOfferCodes();
        if (added == null || added.isEmpty()) {
            return context;
        }
        List<Long> ids = new ArrayList<Long>();
        for (OfferCode code : added) {
            ids.add(code.getId());
        }
        final Long customerId = order.getCustomer() == null ? null : order.getCustomer().getId();
        final Timestamp now = Timestamp.from(clock.instant());
        final Map<Long, Boolean> usable = new HashMap<Long, Boolean>();
        new NamedParameterJdbcTemplate(dataSource).query("SELECT OFFER_CODE_ID, CUSTOMER_ID, STARTS_AT, ENDS_AT FROM LOY_CODE"
                + " WHERE OFFER_CODE_ID IN (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
                    long owner = rs.getLong("CUSTOMER_ID");
                    boolean someoneElses = !rs.wasNull() && !Long.valueOf(owner).equals(customerId);
                    Timestamp endsAt = rs.getTimestamp("ENDS_AT");
                    boolean inWindow = !now.before(rs.getTimestamp("STARTS_AT")) && (endsAt == null || now.before(endsAt));
                    usable.put(rs.getLong("OFFER_CODE_ID"), !someoneElses && inWindow);
                });
        for (Iterator<OfferCode> codes = added.iterator(); codes.hasNext();) {
            if (Boolean.FALSE.equals(usable.get(codes.next().getId()))) {
                codes.remove();
            }
        }
        return context;
    }
}
