package io.loyaltyclub.codes.store;

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
 * A code used by an order: one row per code and order, however many lines the order has. Counted when the
 * order is submitted; released when the checkout fails afterwards or the order is cancelled (and counted again
 * if the same order is checked out again).
 */
@Entity
@Table(name = "LOY_CODE_USE")
public class CodeUse {

    public static final String USED = "USED";
    public static final String RELEASED = "RELEASED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE_ID", nullable = false)
    private long codeId;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    private long campaignId;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "STATUS", nullable = false, length = 16)
    private String status;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "USED_AT", nullable = false)
    private Date usedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RELEASED_AT")
    private Date releasedAt;

    protected CodeUse() {
    }

    CodeUse(long codeId, long campaignId, long orderId, long customerId, Date usedAt) {
        this.codeId = codeId;
        this.campaignId = campaignId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.status = USED;
        this.usedAt = usedAt;
    }

    void usedAgain(Date now) {
        this.status = USED;
        this.usedAt = now;
        this.releasedAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getCodeId() {
        return codeId;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getStatus() {
        return status;
    }

    public Date getUsedAt() {
        return usedAt;
    }

    public Date getReleasedAt() {
        return releasedAt;
    }
}
