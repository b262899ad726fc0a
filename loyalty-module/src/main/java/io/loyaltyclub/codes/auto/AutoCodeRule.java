package io.loyaltyclub.codes.auto;

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
 * An automatic code: when its trigger fires for a member, the member gets a personal code of the rule's campaign,
 * valid for {@code VALID_DAYS} days.
 */
@Entity
@Table(name = "LOY_AUTO_CODE_RULE")
public class AutoCodeRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "TRIGGER_TYPE", nullable = false, length = 24)
    private AutoCodeTrigger trigger;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    private long campaignId;

    @Column(name = "VALID_DAYS", nullable = false)
    private int validDays;

    /** Birthday: how many days before the birthday the code is issued. */
    @Column(name = "DAYS_BEFORE", nullable = false)
    private int daysBefore;

    /** Tier welcome: the tier it welcomes to; null: every tier. */
    @Column(name = "TIER_CODE", length = 64)
    private String tierCode;

    /** Points threshold: the points earned in all that unlock the code. */
    @Column(name = "THRESHOLD_POINTS")
    private Long thresholdPoints;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected AutoCodeRule() {
    }

    public AutoCodeRule(AutoCodeTrigger trigger, long campaignId, int validDays) {
        this.trigger = trigger;
        this.campaignId = campaignId;
        this.validDays = validDays;
    }

    public AutoCodeRule daysBefore(int days) {
        this.daysBefore = days;
        return this;
    }

    public AutoCodeRule tier(String tierCode) {
        this.tierCode = tierCode;
        return this;
    }

    public AutoCodeRule threshold(long points) {
        this.thresholdPoints = points;
        return this;
    }

    void created(Date now) {
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public AutoCodeTrigger getTrigger() {
        return trigger;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getValidDays() {
        return validDays;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public String getTierCode() {
        return tierCode;
    }

    public Long getThresholdPoints() {
        return thresholdPoints;
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
