package io.loyaltyclub.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Currency;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.credit.CreditSource;
import io.loyaltyclub.credit.CreditSpend;
import io.loyaltyclub.ledger.EntrySource;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.Redemption;

/**
 * Orders paid with the club's money: takes store credit and points from the member when Broadleaf confirms a
 * payment at checkout, gives them back when the checkout fails afterwards, and shares refunds between cash,
 * credit and points ({@link RefundSplit}). Each step is one transaction with the ledger entries it books, and
 * each is idempotent: confirming or voiding a payment twice, or repeating a refund with its key, books nothing
 * more.
 */
public class ClubPaymentService {

    static final int MAX_KEY_LENGTH = 150;

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private PointsLedger pointsLedger;
    private CreditLedger creditLedger;
    private Clock clock = Clock.systemUTC();

    /**
     * Takes what the payment covers from the member's account. A payment of zero (the order shrank below what
     * points may pay) takes nothing. Refused, with nothing taken, when the member no longer has enough.
     *
     * <p>A transaction of its own, with an entity manager of its own: this runs inside Broadleaf's checkout, and
     * a refusal rolls back; a rollback in the checkout's entity manager would clear it and detach the order
     * Broadleaf is still working on.</p>
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.REQUIRES_NEW)
    public ClubPayment confirm(ClubPaymentRequest request) {
        requireRef(request.getPaymentRef());
        requireMoney(request.getAmount(), request.getCurrencyCode(), true);
        if (request.getOrderTotal() == null || request.getAmount().compareTo(request.getOrderTotal()) > 0) {
            throw new LoyaltyException("exceeds_order_total", "a payment of " + request.getAmount().toPlainString()
                    + " is more than the order's total of " + request.getOrderTotal());
        }
        ClubPayment earlier = find(request.getPaymentRef());
        if (earlier != null) {
            if (!request.sameAs(earlier) || earlier.getStatus() != ClubPaymentStatus.CONFIRMED) {
                throw new LoyaltyException("payment_reused", "payment " + request.getPaymentRef()
                        + " was already " + earlier.getStatus().name().toLowerCase() + " with other figures");
            }
            return earlier;
        }
        for (ClubPayment other : payments(request.getOrderId())) {
            if (other.getKind() == request.getKind() && other.getStatus() == ClubPaymentStatus.CONFIRMED) {
                throw new LoyaltyException("duplicate_payment", "order " + request.getOrderId() + " is already paid with "
                        + request.getKind().name().toLowerCase() + " (payment " + other.getPaymentRef() + ")");
            }
        }
        Long entryId = null;
        if (request.getAmount().signum() > 0) {
            entryId = take(request);
        }
        ClubPayment payment = new ClubPayment(request.getPaymentRef(), request.getOrderId(), request.getCustomerId(),
                request.getKind(), request.getCurrencyCode(), request.getOrderTotal(), request.getAmount(), request.getPoints(),
                entryId, now());
        entityManager.persist(payment);
        entityManager.flush();
        return payment;
    }

    private Long take(ClubPaymentRequest request) {
        String key = "payment:" + request.getPaymentRef();
        String reason = "paid for order " + request.getOrderId();
        if (request.getKind() == ClubPaymentKind.POINTS) {
            if (request.getPoints() <= 0) {
                throw new LoyaltyException("invalid_points", "a points payment of " + request.getAmount().toPlainString()
                        + " names no points");
            }
            return pointsLedger.redeem(Redemption.of(request.getCustomerId(), request.getPoints(), key)
                    .forOrder(request.getOrderId())
                    .source(EntrySource.PAYMENT, request.getPaymentRef())
                    .reason(reason)).getEntry().getId();
        }
        return creditLedger.spend(CreditSpend.of(request.getCustomerId(), request.getAmount(), request.getCurrencyCode(), key)
                .forOrder(request.getOrderId())
                .source(CreditSource.PAYMENT)
                .reason(reason)).getEntry().getId();
    }

    /**
     * Gives a confirmed payment back in full: the checkout that confirmed it failed afterwards. Returns the
     * payment, or null when the club never took anything for it. Runs inside Broadleaf's checkout rollback:
     * a transaction of its own, as {@link #confirm(ClubPaymentRequest)}.
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.REQUIRES_NEW)
    public ClubPayment voidPayment(String paymentRef, String reason) {
        requireRef(paymentRef);
        ClubPayment payment = lockPayment(paymentRef);
        if (payment == null || payment.getStatus() == ClubPaymentStatus.VOIDED) {
            return payment;
        }
        if (payment.getLedgerEntryId() != null) {
            giveBack(payment, payment.getKind() == ClubPaymentKind.POINTS ? payment.getPoints() : 0, payment.getAmount(),
                    reason, "payment:" + paymentRef + ":void");
        }
        payment.voided(now());
        entityManager.flush();
        return payment;
    }

    /**
     * Refunds {@code amount} of an order: works out the share of store credit and points with
     * {@link RefundSplit}, gives them back to the member's accounts, and returns the split, whose cash part is
     * what the shop refunds with the member's own payment method. A refund with a key already used returns its
     * split again and books nothing.
     *
     * @param orderTotal the order's total (everything the member paid for it)
     */
    @Transactional("blTransactionManager")
    public RefundSplit refund(long orderId, long customerId, String refundKey, BigDecimal amount, BigDecimal orderTotal,
            String currencyCode, String reason) {
        requireKey(refundKey);
        requireMoney(amount, currencyCode, false);
        lockOrderPayments(orderId);
        ClubRefund earlier = findRefund(refundKey);
        if (earlier != null) {
            if (earlier.getOrderId() != orderId || earlier.getAmount().compareTo(amount) != 0) {
                throw new LoyaltyException("idempotency_key_reused", "the refund key " + refundKey
                        + " was already used for another refund");
            }
            return RefundSplit.recorded(earlier.getCash(), earlier.getCredit(), earlier.getPointsValue(), earlier.getPoints());
        }
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal pointsValue = BigDecimal.ZERO;
        long points = 0;
        ClubPayment creditPayment = null;
        ClubPayment pointsPayment = null;
        BigDecimal total = orderTotal;
        for (ClubPayment payment : payments(orderId)) {
            if (payment.getStatus() != ClubPaymentStatus.CONFIRMED) {
                continue;
            }
            // The total the order had when the club was paid is the one its shares were taken from.
            total = payment.getOrderTotal();
            if (payment.getKind() == ClubPaymentKind.CREDIT) {
                credit = credit.add(payment.getAmount());
                creditPayment = payment;
            } else {
                pointsValue = pointsValue.add(payment.getAmount());
                points += payment.getPoints();
                pointsPayment = payment;
            }
        }
        RefundSplit split = RefundSplit.of(total, credit, pointsValue, points, refundedSoFar(orderId), amount,
                scaleOf(currencyCode));
        String text = reason == null || reason.trim().isEmpty() ? "refund of order " + orderId : reason.trim();
        if (split.getCredit().signum() > 0) {
            giveBack(creditPayment, 0, split.getCredit(), text, "refund:" + refundKey + ":credit");
        }
        if (split.getPoints() > 0) {
            giveBack(pointsPayment, split.getPoints(), split.getPointsValue(), text, "refund:" + refundKey + ":points");
        }
        entityManager.persist(new ClubRefund(refundKey, orderId, customerId, currencyCode, amount, split,
                text.length() > 1000 ? text.substring(0, 1000) : text, now()));
        entityManager.flush();
        return split;
    }

    /**
     * The order was cancelled: what its store-credit and points payments have not got back yet goes back now
     * (everything, when nothing was refunded before). Nothing happens for an order the club did not pay, or
     * one refunded in full already. Returns the split, or null when there was nothing to give back.
     */
    @Transactional("blTransactionManager")
    public RefundSplit refundRest(long orderId, String reason) {
        ClubPayment paid = null;
        for (ClubPayment payment : payments(orderId)) {
            if (payment.getStatus() == ClubPaymentStatus.CONFIRMED) {
                paid = payment;
            }
        }
        if (paid == null) {
            return null;
        }
        BigDecimal left = leftToRefund(orderId, paid.getOrderTotal());
        if (left.signum() == 0) {
            return null;
        }
        return refund(orderId, paid.getCustomerId(), "order:" + orderId + ":rest:" + refunds(orderId).size(),
                left.setScale(scaleOf(paid.getCurrencyCode()), RoundingMode.UNNECESSARY), paid.getOrderTotal(),
                paid.getCurrencyCode(), reason);
    }

    /** What is still to be refunded of an order of {@code orderTotal}. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BigDecimal leftToRefund(long orderId, BigDecimal orderTotal) {
        return orderTotal.subtract(refundedSoFar(orderId)).max(BigDecimal.ZERO);
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ClubPayment> payments(long orderId) {
        return entityManager.createQuery("select p from ClubPayment p where p.orderId = :orderId order by p.id",
                ClubPayment.class).setParameter("orderId", orderId).getResultList();
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ClubRefund> refunds(long orderId) {
        return entityManager.createQuery("select r from ClubRefund r where r.orderId = :orderId order by r.id",
                ClubRefund.class).setParameter("orderId", orderId).getResultList();
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public ClubPayment find(String paymentRef) {
        List<ClubPayment> found = entityManager.createQuery("select p from ClubPayment p where p.paymentRef = :ref",
                ClubPayment.class).setParameter("ref", paymentRef).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    // --- internals -------------------------------------------------------------------------------------------

    private void giveBack(ClubPayment payment, long points, BigDecimal amount, String reason, String key) {
        if (payment.getKind() == ClubPaymentKind.POINTS) {
            pointsLedger.reverse(payment.getLedgerEntryId(), points, reason, key);
        } else {
            creditLedger.reverse(payment.getLedgerEntryId(), amount, reason, key);
        }
    }

    private BigDecimal refundedSoFar(long orderId) {
        return (BigDecimal) entityManager.createQuery("select coalesce(sum(r.amount), 0) from ClubRefund r"
                + " where r.orderId = :orderId").setParameter("orderId", orderId).getSingleResult();
    }

    /** One refund of an order at a time: the order's club payments are locked by an update of their rows. */
    private void lockOrderPayments(long orderId) {
        entityManager.createQuery("update ClubPayment p set p.status = p.status where p.orderId = :orderId")
                .setParameter("orderId", orderId).executeUpdate();
    }

    private ClubPayment lockPayment(String paymentRef) {
        int locked = entityManager.createQuery("update ClubPayment p set p.status = p.status where p.paymentRef = :ref")
                .setParameter("ref", paymentRef).executeUpdate();
        if (locked == 0) {
            return null;
        }
        ClubPayment payment = find(paymentRef);
        entityManager.refresh(payment);
        return payment;
    }

    private ClubRefund findRefund(String refundKey) {
        List<ClubRefund> found = entityManager.createQuery("select r from ClubRefund r where r.refundKey = :key",
                ClubRefund.class).setParameter("key", refundKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    static int scaleOf(String currencyCode) {
        try {
            return Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
        } catch (RuntimeException e) {
            throw new LoyaltyException("invalid_currency", "unknown currency " + currencyCode);
        }
    }

    private static void requireMoney(BigDecimal amount, String currencyCode, boolean zeroAllowed) {
        int scale = scaleOf(currencyCode);
        if (amount == null || amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            throw new LoyaltyException("invalid_amount", "the amount must be positive, was " + amount);
        }
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new LoyaltyException("invalid_amount", currencyCode + " has " + scale + " decimals; "
                    + amount.toPlainString() + " has more");
        }
    }

    private static void requireRef(String paymentRef) {
        if (paymentRef == null || paymentRef.trim().isEmpty() || paymentRef.length() > 64) {
            throw new LoyaltyException("invalid_payment_ref", "a club payment needs a reference of 1 to 64 characters");
        }
    }

    private static void requireKey(String refundKey) {
        if (refundKey == null || refundKey.trim().isEmpty() || refundKey.length() > MAX_KEY_LENGTH) {
            throw new LoyaltyException("invalid_refund_key", "a refund needs a key of 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    public void setPointsLedger(PointsLedger pointsLedger) {
        this.pointsLedger = pointsLedger;
    }

    public void setCreditLedger(CreditLedger creditLedger) {
        this.creditLedger = creditLedger;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
