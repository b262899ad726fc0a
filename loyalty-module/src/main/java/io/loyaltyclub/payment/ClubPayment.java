package io.loyaltyclub.payment;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A payment of an order with store credit or points, as confirmed at checkout: which ledger entry took the
 * money or points from the member, so that a failed checkout, a cancellation or a refund gives back exactly
 * that. One row per Broadleaf order payment, found by the reference the club gave the payment when the member
 * applied it.
 */
@Entity
@Table(name = "LOY_CLUB_PAYMENT")
public class ClubPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PAYMENT_REF", nullable = false, length = 64)
    private String paymentRef;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private ClubPaymentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ClubPaymentStatus status;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    private String currencyCode;

    /** The order's total when it was paid: refunds are shared in proportion to it. */
    @Column(name = "ORDER_TOTAL", nullable = false, precision = 19, scale = 5)
    private BigDecimal orderTotal;

    /** The money the payment covers of the order. */
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal amount;

    /** For a points payment, the points it took; 0 for store credit. */
    @Column(name = "POINTS", nullable = false)
    private long points;

    /** The ledger entry that took them (a points redemption or a store-credit spend); null for a zero payment. */
    @Column(name = "LEDGER_ENTRY_ID")
    private Long ledgerEntryId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    protected ClubPayment() {
    }

    ClubPayment(String paymentRef, long orderId, long customerId, ClubPaymentKind kind, String currencyCode,
            BigDecimal orderTotal, BigDecimal amount, long points, Long ledgerEntryId, Date now) {
        this.paymentRef = paymentRef;
        this.orderId = orderId;
        this.customerId = customerId;
        this.kind = kind;
        this.status = ClubPaymentStatus.CONFIRMED;
        this.currencyCode = currencyCode;
        this.orderTotal = orderTotal;
        this.amount = amount;
        this.points = points;
        this.ledgerEntryId = ledgerEntryId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void voided(Date now) {
        this.status = ClubPaymentStatus.VOIDED;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getPaymentRef() {
        return paymentRef;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public ClubPaymentKind getKind() {
        return kind;
    }

    public ClubPaymentStatus getStatus() {
        return status;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getOrderTotal() {
        return orderTotal;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getPoints() {
        return points;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }
}
