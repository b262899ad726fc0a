package io.loyaltyclub.ledger;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Which lot an entry took points from (positive) or gave points back to (negative): a redemption's or an
 * expiry's lots, a reversal's restored lots. Reversing a redemption reads these to refill the same lots.
 */
@Entity
@Table(name = "LOY_POINTS_ALLOCATION")
public class PointsAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTRY_ID", nullable = false)
    private Long entryId;

    @Column(name = "LOT_ID", nullable = false)
    private Long lotId;

    @Column(name = "POINTS", nullable = false)
    private long points;

    protected PointsAllocation() {
        // for JPA
    }

    PointsAllocation(long entryId, long lotId, long points) {
        this.entryId = entryId;
        this.lotId = lotId;
        this.points = points;
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

    public long getPoints() {
        return points;
    }
}
