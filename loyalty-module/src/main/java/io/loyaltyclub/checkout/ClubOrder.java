package io.loyaltyclub.checkout;

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
 * The club's own record of a shop order that went through checkout: who placed it, in which currency, for how
 * much, and the points it earns, attributed to its lines ({@link ClubOrderLine}). Keyed by Broadleaf's order id,
 * one row per order; the club reads it instead of Broadleaf's order tables when it reports on or reverses an order.
 */
@Entity
@Table(name = "LOY_CLUB_ORDER")
public class ClubOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, unique = true)
    private Long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ClubOrderStatus status;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "SUBTOTAL", nullable = false, precision = 19, scale = 5)
    private BigDecimal subtotal;

    /** What the points were earned on, in the order's currency (see {@link EligibleAmounts}). */
    @Column(name = "ELIGIBLE_AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal eligibleAmount;

    /** Units of the program's base currency per unit of the order's currency, when the points were worked out. */
    @Column(name = "EXCHANGE_RATE", nullable = false, precision = 19, scale = 8)
    private BigDecimal exchangeRate;

    @Column(name = "ITEM_QUANTITY", nullable = false)
    private int itemQuantity;

    /** The points the order earned at checkout, before any return. */
    @Column(name = "POINTS", nullable = false)
    private long points;

    /** The cash-back the order earned at checkout, before any return, in the order's currency. */
    @Column(name = "CASH_BACK", nullable = false, precision = 19, scale = 5)
    private BigDecimal cashBack = BigDecimal.ZERO;

    /** How they were worked out, one line per rule: "points|reason". */
    @Column(name = "BREAKDOWN", length = 4000)
    private String breakdown;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ORDERED_AT")
    private Date orderedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECORDED_AT", nullable = false)
    private Date recordedAt;

    protected ClubOrder() {
        // for JPA
    }

    ClubOrder(ClubOrderSnapshot snapshot, Date recordedAt) {
        this.orderId = snapshot.getOrderId();
        this.customerId = snapshot.getCustomerId();
        this.recordedAt = recordedAt;
        this.status = ClubOrderStatus.PLACED;
        refresh(snapshot, BigDecimal.ONE, 0, null);
    }

    /** Takes the order's figures again (a retried checkout may have a changed cart). */
    void refresh(ClubOrderSnapshot snapshot, BigDecimal exchangeRate, long points, String breakdown) {
        this.currencyCode = snapshot.getCurrencyCode();
        this.subtotal = snapshot.getSubtotal();
        this.eligibleAmount = snapshot.getEligibleAmount();
        this.itemQuantity = snapshot.getItemQuantity();
        this.orderedAt = Date.from(snapshot.getOrderedAt());
        this.exchangeRate = exchangeRate;
        this.points = points;
        this.breakdown = breakdown;
    }

    void setCashBack(BigDecimal cashBack) {
        this.cashBack = cashBack;
    }

    void setStatus(ClubOrderStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public ClubOrderStatus getStatus() {
        return status;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getEligibleAmount() {
        return eligibleAmount;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public int getItemQuantity() {
        return itemQuantity;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getCashBack() {
        return cashBack;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public Date getOrderedAt() {
        return orderedAt;
    }

    public Date getRecordedAt() {
        return recordedAt;
    }
}
