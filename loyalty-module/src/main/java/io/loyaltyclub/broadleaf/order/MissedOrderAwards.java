package io.loyaltyclub.broadleaf.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.broadleaf.checkout.OrderSnapshots;
import io.loyaltyclub.checkout.OrderCatchUp;
import io.loyaltyclub.checkout.OrderPointsService;

/**
 * Compares Broadleaf's orders of the last days with the club's records: a submitted order the club has not
 * awarded (or only knows as cancelled) is awarded now, read from Broadleaf's order tables; an order the shop
 * cancelled (or deleted) that the club still counts as placed is cancelled. Orders submitted in the last minute are left
 * to the normal path, which is on its way.
 */
public class MissedOrderAwards implements OrderCatchUp {

    private static final Log LOG = LogFactory.getLog(MissedOrderAwards.class);

    @Resource(name = "blOrderService")
    private OrderService orderService;

    private OrderPointsService orderPoints;
    private JdbcTemplate jdbc;
    private PlatformTransactionManager transactionManager;
    private Clock clock = Clock.systemUTC();
    private int lookBackDays = 7;

    @Override
    public int settle() {
        Instant now = clock.instant();
        Timestamp from = Timestamp.from(now.minus(Duration.ofDays(lookBackDays)));
        Timestamp until = Timestamp.from(now.minus(Duration.ofMinutes(1)));
        List<Long> unawarded = jdbc.queryForList("SELECT o.ORDER_ID FROM BLC_ORDER o LEFT JOIN LOY_CLUB_ORDER c"
                + " ON c.ORDER_ID = o.ORDER_ID WHERE o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= ?"
                + " AND o.SUBMIT_DATE <= ? AND (c.ID IS NULL OR c.STATUS = 'CANCELLED') ORDER BY o.ORDER_ID",
                Long.class, from, until);
        // Placed for the club, but cancelled in the shop: by status, or deleted (Broadleaf 3.1 cancels by deleting).
        List<Long> cancelled = jdbc.queryForList("SELECT c.ORDER_ID FROM LOY_CLUB_ORDER c LEFT JOIN BLC_ORDER o"
                + " ON o.ORDER_ID = c.ORDER_ID WHERE c.STATUS = 'PLACED' AND (o.ORDER_ID IS NULL OR o.ORDER_STATUS = 'CANCELLED')"
                + " ORDER BY c.ORDER_ID", Long.class);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        int settled = 0;
        for (final Long orderId : unawarded) {
            try {
                transaction.execute(status -> {
                    Order order = orderService.findOrderById(orderId);
                    Instant submitted = order.getSubmitDate() == null ? clock.instant() : order.getSubmitDate().toInstant();
                    return orderPoints.award(OrderSnapshots.of(order, submitted));
                });
                settled++;
            } catch (RuntimeException e) {
                LOG.error("Could not award missed order " + orderId, e);
            }
        }
        for (Long orderId : cancelled) {
            orderPoints.cancel(orderId, "order cancelled in the shop");
            settled++;
        }
        if (settled > 0) {
            LOG.info("Loyalty club caught up with " + settled + " order(s)");
        }
        return settled;
    }

    public void setOrderPoints(OrderPointsService orderPoints) {
        this.orderPoints = orderPoints;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setLookBackDays(int lookBackDays) {
        this.lookBackDays = lookBackDays;
    }
}
