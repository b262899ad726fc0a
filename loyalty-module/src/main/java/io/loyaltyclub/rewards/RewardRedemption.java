package io.loyaltyclub.rewards;

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
 * A reward a member redeemed: the points it cost (the ledger entry), what it gave (a code, a credit entry, a
 * gift to send), until when it is valid, and the month whose budget it counts in. One per request key.
 */
@Entity
@Table(name = "LOY_REWARD_REDEMPTION")
public class RewardRedemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REQUEST_KEY", nullable = false, length = 191)
    private String requestKey;

    @Column(name = "REWARD_ID", nullable = false)
    private long rewardId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 24)
    private RewardKind kind;

    @Column(name = "POINTS", nullable = false)
    private long points;

    @Column(name = "MONEY_VALUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal value;

    /** The budget month, "2026-11", in the program's time zone. */
    @Column(name = "BUDGET_MONTH", nullable = false, length = 7)
    private String period;

    /** The points counted against the month's points budget (the reward's price then, also when granted). */
    @Column(name = "BUDGET_POINTS")
    private Long budgetPoints;

    @Column(name = "POINTS_ENTRY_ID")
    private Long pointsEntryId;

    @Column(name = "CODE_ID")
    private Long codeId;

    @Column(name = "CREDIT_ENTRY_ID")
    private Long creditEntryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private RewardStatus status;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT")
    private Date expiresAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    protected RewardRedemption() {
    }

    RewardRedemption(String requestKey, Reward reward, long customerId, long points, String period, Date expiresAt, Date now) {
        this.requestKey = requestKey;
        this.rewardId = reward.getId();
        this.customerId = customerId;
        this.kind = reward.getKind();
        this.points = points;
        this.value = reward.getValue();
        this.budgetPoints = reward.getPointsPrice();
        this.period = period;
        this.expiresAt = expiresAt;
        this.status = reward.getKind().needsFulfilment() ? RewardStatus.TO_FULFIL : RewardStatus.ISSUED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void gave(Long pointsEntryId, Long codeId, Long creditEntryId) {
        this.pointsEntryId = pointsEntryId;
        this.codeId = codeId;
        this.creditEntryId = creditEntryId;
    }

    void moveTo(RewardStatus status, Date now) {
        this.status = status;
        this.updatedAt = now;
    }

    public boolean expiredAt(Date now) {
        return expiresAt != null && !now.before(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public long getRewardId() {
        return rewardId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public RewardKind getKind() {
        return kind;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getPeriod() {
        return period;
    }

    /** What the budget counted; redemptions recorded before it was kept counted their points. */
    public long getBudgetPoints() {
        return budgetPoints != null ? budgetPoints : points;
    }

    public Long getPointsEntryId() {
        return pointsEntryId;
    }

    public Long getCodeId() {
        return codeId;
    }

    public Long getCreditEntryId() {
        return creditEntryId;
    }

    public RewardStatus getStatus() {
        return status;
    }

    public Date getExpiresAt() {
        return expiresAt;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }
}
