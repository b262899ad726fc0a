package io.loyaltyclub.standing;

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

import io.loyaltyclub.tier.Tier;

/**
 * A tier as the merchant stores and edits it ({@code LOY_TIER}): its threshold and benefits. The earning
 * multiplier is booked as an earning rule of type TIER_MULTIPLIER the club keeps in step ({@code EARNING_RULE_ID});
 * free shipping as a Broadleaf offer restricted to the tier ({@code OFFER_ID}).
 */
@Entity
@Table(name = "LOY_TIER")
public class TierRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 32)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "THRESHOLD", nullable = false, precision = 19, scale = 5)
    private BigDecimal threshold = BigDecimal.ZERO;

    @Column(name = "EARNING_MULTIPLIER", nullable = false, precision = 19, scale = 6)
    private BigDecimal earningMultiplier = BigDecimal.ONE;

    @Column(name = "CASH_BACK_PERCENT", nullable = false, precision = 9, scale = 4)
    private BigDecimal cashBackPercent = BigDecimal.ZERO;

    @Column(name = "FREE_SHIPPING", nullable = false)
    private boolean freeShipping;

    @Column(name = "EARNING_RULE_ID")
    private Long earningRuleId;

    @Column(name = "OFFER_ID")
    private Long offerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    public TierRecord() {
        // for JPA and the admin
    }

    public TierRecord(String code, String name, BigDecimal threshold) {
        this.code = code;
        this.name = name;
        this.threshold = threshold;
    }

    /** The ladder's view of it; refuses (IllegalArgumentException) settings that make no tier. */
    public Tier toTier() {
        return new Tier(code, name, threshold, earningMultiplier, cashBackPercent, freeShipping);
    }

    void touch(Date now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public BigDecimal getEarningMultiplier() {
        return earningMultiplier;
    }

    public void setEarningMultiplier(BigDecimal earningMultiplier) {
        this.earningMultiplier = earningMultiplier;
    }

    public BigDecimal getCashBackPercent() {
        return cashBackPercent;
    }

    public void setCashBackPercent(BigDecimal cashBackPercent) {
        this.cashBackPercent = cashBackPercent;
    }

    public boolean isFreeShipping() {
        return freeShipping;
    }

    public void setFreeShipping(boolean freeShipping) {
        this.freeShipping = freeShipping;
    }

    public Long getEarningRuleId() {
        return earningRuleId;
    }

    void setEarningRuleId(Long earningRuleId) {
        this.earningRuleId = earningRuleId;
    }

    public Long getOfferId() {
        return offerId;
    }

    /** The Broadleaf offer giving the tier's free shipping (kept by the club). */
    public void linkOffer(Long offerId) {
        this.offerId = offerId;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }
}
