package io.loyaltyclub.credit;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Which lot an entry took credit from (positive) or gave credit back to (negative): a spend's, an expiry's or a
 * revoke's lots, a refund's refilled lots. Refunding a spend reads these to refill the same lots.
 */
@Entity
@Table(name = "LOY_CREDIT_ALLOCATION")
public class CreditAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTRY_ID", nullable = false)
    private Long entryId;

    @Column(name = "LOT_ID", nullable = false)
    private Long lotId;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal amount;

    protected CreditAllocation() {
        // for JPA
    }

    CreditAllocation(long entryId, long lotId, BigDecimal amount) {
        this.entryId = entryId;
        this.lotId = lotId;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Long getLotId() {
        return lotId;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
