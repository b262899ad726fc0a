package io.loyaltyclub.payment;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A refund of an order and how it was shared between cash, store credit and points ({@link RefundSplit}). */
@Entity
@Table(name = "LOY_CLUB_REFUND")
public class ClubRefund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REFUND_KEY", nullable = false, length = 191)
    private String refundKey;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal amount;

    @Column(name = "CASH", nullable = false, precision = 19, scale = 5)
    private BigDecimal cash;

    @Column(name = "CREDIT", nullable = false, precision = 19, scale = 5)
    private BigDecimal credit;

    @Column(name = "POINTS_VALUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal pointsValue;

    @Column(name = "POINTS", nullable = false)
    private long points;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected ClubRefund() {
    }

    ClubRefund(String refundKey, long orderId, long customerId, String currencyCode, BigDecimal amount,
            RefundSplit split, String reason, Date now) {
        this.refundKey = refundKey;
        this.orderId = orderId;
        this.customerId = customerId;
        this.currencyCode = currencyCode;
        this.amount = amount;
        this.cash = split.getCash();
        this.credit = split.getCredit();
        this.pointsValue = split.getPointsValue();
        this.points = split.getPoints();
        this.reason = reason;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRefundKey() {
        return refundKey;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getCash() {
        return cash;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public BigDecimal getPointsValue() {
        return pointsValue;
    }

    public long getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
