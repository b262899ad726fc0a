package io.loyaltyclub.broadleaf.order;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import javax.sql.DataSource;

import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.checkout.ClubOrderSnapshot;
import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.codes.auto.AutomaticCodes;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.payment.ClubPaymentService;
import io.loyaltyclub.rewards.PunchCardService;

/**
 * Runs the club's order work off the shop request's path, on the club's executor: awarding a placed order,
 * cancelling one. A failed run is tried once more; what still fails is logged, and the catch-up job
 * ({@link MissedOrderAwards}) settles it from the shop's order tables.
 */
public class OrderAwards {

    private static final Log LOG = LogFactory.getLog(OrderAwards.class);

    private TaskExecutor executor;
    private JdbcTemplate jdbc;
    private OrderPointsService orderPoints;
    private ClubPaymentService payments;
    private CodeStore codes;
    private PunchCardService punchCards;
    private AutomaticCodes automaticCodes;
    private PlatformTransactionManager transactionManager;

    public void award(final ClubOrderSnapshot snapshot) {
        run("award order " + snapshot.getOrderId(), new Runnable() {
            @Override
            public void run() {
                // The order may have been cancelled (deleted, in Broadleaf 3.1) between its checkout and now.
                if (isSubmitted(snapshot.getOrderId())) {
                    orderPoints.award(snapshot);
                }
            }
        });
        // Punch cards and threshold codes apart: a card that cannot grant its reward (out of stock) must not cost
        // the order its points.
        run("punch cards and codes of order " + snapshot.getOrderId(), new Runnable() {
            @Override
            public void run() {
                if (isSubmitted(snapshot.getOrderId())) {
                    punchCards.record(snapshot);
                    automaticCodes.unlockThresholds(snapshot.getCustomerId());
                }
            }
        });
    }

    private boolean isSubmitted(long orderId) {
        return !jdbc.queryForList("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_ID = ? AND ORDER_STATUS = 'SUBMITTED'",
                Long.class, orderId).isEmpty();
    }

    public void cancel(final long orderId, final String reason) {
        run("cancel order " + orderId, new Runnable() {
            @Override
            public void run() {
                if (orderPoints.find(orderId) != null) {
                    orderPoints.cancel(orderId, reason);
                }
                payments.refundRest(orderId, reason);
                codes.release(orderId);
                punchCards.cancel(orderId);
            }
        });
    }

    private void run(final String what, final Runnable work) {
        // A transaction of its own: the event that starts this may arrive while the shop's transaction is still
        // finishing its commit, and an executor running on the same thread must not join that one.
        final TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        final Runnable inTransaction = new Runnable() {
            @Override
            public void run() {
                own.execute(status -> {
                    work.run();
                    return null;
                });
            }
        };
        executor.execute(new Runnable() {
            @Override
            public void run() {
                try {
                    inTransaction.run();
                } catch (RuntimeException first) {
                    LOG.warn("Could not " + what + " (" + first + "); trying once more");
                    try {
                        inTransaction.run();
                    } catch (RuntimeException second) {
                        LOG.error("Could not " + what + "; the catch-up job settles it", second);
                    }
                }
            }
        });
    }

    public void setExecutor(TaskExecutor executor) {
        this.executor = executor;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void setTransactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public void setAutomaticCodes(AutomaticCodes automaticCodes) {
        this.automaticCodes = automaticCodes;
    }

    public void setPunchCards(PunchCardService punchCards) {
        this.punchCards = punchCards;
    }

    public void setCodes(CodeStore codes) {
        this.codes = codes;
    }

    public void setPayments(ClubPaymentService payments) {
        this.payments = payments;
    }

    public void setOrderPoints(OrderPointsService orderPoints) {
        this.orderPoints = orderPoints;
    }
}
