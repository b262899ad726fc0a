package io.loyaltyclub.rewards;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** The punches one order gave on one card; taken back (CANCELLED_AT) when the order is cancelled. */
@Entity
@Table(name = "LOY_PUNCH")
public class Punch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CARD_ID", nullable = false)
    private long cardId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "PUNCHES", nullable = false)
    private int punches;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PUNCHED_AT", nullable = false)
    private Date punchedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CANCELLED_AT")
    private Date cancelledAt;

    protected Punch() {
    }

    Punch(long cardId, long customerId, long orderId, int punches, Date punchedAt) {
        this.cardId = cardId;
        this.customerId = customerId;
        this.orderId = orderId;
        this.punches = punches;
        this.punchedAt = punchedAt;
    }

    void cancel(Date now) {
        this.cancelledAt = now;
    }

    void reinstate() {
        this.cancelledAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getCardId() {
        return cardId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getPunches() {
        return punches;
    }

    public Date getPunchedAt() {
        return punchedAt;
    }

    public Date getCancelledAt() {
        return cancelledAt;
    }
}
