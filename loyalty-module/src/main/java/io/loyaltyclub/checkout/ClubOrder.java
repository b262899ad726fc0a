package io.loyaltyclub.checkout;

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

/**
 * The club's own record of a shop order that went through checkout: who placed it, in which currency and
 * for how much. Keyed by Broadleaf's order id, one row per order; the club reads it instead of Broadleaf's
 * order tables when it reports on or reverses an order.
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

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "SUBTOTAL", nullable = false, precision = 19, scale = 5)
    private BigDecimal subtotal;

    @Column(name = "ITEM_QUANTITY", nullable = false)
    private int itemQuantity;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECORDED_AT", nullable = false)
    private Date recordedAt;

    protected ClubOrder() {
        // for JPA
    }

    ClubOrder(ClubOrderSnapshot snapshot, Date recordedAt) {
        this.orderId = snapshot.getOrderId();
        this.customerId = snapshot.getCustomerId();
        this.currencyCode = snapshot.getCurrencyCode();
        this.subtotal = snapshot.getSubtotal();
        this.itemQuantity = snapshot.getItemQuantity();
        this.recordedAt = recordedAt;
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

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public int getItemQuantity() {
        return itemQuantity;
    }

    public Date getRecordedAt() {
        return recordedAt;
    }
}
