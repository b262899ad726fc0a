package io.loyaltyclub.rewards;

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
 * "Every Nth purchase earns a reward": optionally only purchases in a category, optionally above a minimum
 * amount (of the category's lines, paid with the member's own money); one punch per purchase or per unit; punches
 * past the card's last carried over to the next card or not. A completed card gives its reward of the catalogue,
 * without points.
 */
@Entity
@Table(name = "LOY_PUNCH_CARD")
public class PunchCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "PUNCHES_NEEDED", nullable = false)
    private int punchesNeeded;

    @Column(name = "PER_UNIT", nullable = false)
    private boolean perUnit;

    @Column(name = "CARRY_OVER", nullable = false)
    private boolean carryOver;

    @Column(name = "CATEGORY_ID")
    private Long categoryId;

    @Column(name = "MIN_AMOUNT", precision = 19, scale = 5)
    private BigDecimal minAmount;

    @Column(name = "REWARD_ID", nullable = false)
    private long rewardId;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected PunchCard() {
    }

    public PunchCard(String name, int punchesNeeded, long rewardId) {
        this.name = name;
        this.punchesNeeded = punchesNeeded;
        this.rewardId = rewardId;
    }

    public PunchCard inCategory(Long categoryId) {
        this.categoryId = categoryId;
        return this;
    }

    public PunchCard minimumAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
        return this;
    }

    public PunchCard perUnit(boolean perUnit, boolean carryOver) {
        this.perUnit = perUnit;
        this.carryOver = carryOver;
        return this;
    }

    /** A new name; the rest of a card stays as defined, since members' punches count against it. */
    public void rename(String name) {
        this.name = name;
    }

    void created(Date now) {
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getPunchesNeeded() {
        return punchesNeeded;
    }

    public boolean isPerUnit() {
        return perUnit;
    }

    public boolean isCarryOver() {
        return carryOver;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public long getRewardId() {
        return rewardId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
