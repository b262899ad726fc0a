package io.loyaltyclub.program;

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

import io.loyaltyclub.credit.cashback.CashBackRule;

/**
 * A cash-back rule as the merchant stores and edits it ({@code LOY_CASH_BACK_RULE}). Lists of products,
 * categories, tiers and segments are kept as comma-separated text (empty: every line or member).
 * {@link #toRule()} turns it into the calculator's {@link CashBackRule}, which checks the settings.
 */
@Entity
@Table(name = "LOY_CASH_BACK_RULE")
public class CashBackRuleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    /** 10 means 10 % of the eligible amount. */
    @Column(name = "PERCENTAGE", nullable = false, precision = 9, scale = 4)
    private BigDecimal percentage;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTS_AT")
    private Date startsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDS_AT")
    private Date endsAt;

    @Column(name = "PRODUCT_IDS", length = 4000)
    private String productIds;

    @Column(name = "CATEGORY_IDS", length = 4000)
    private String categoryIds;

    /** The least eligible amount of the covered lines, in the order's currency. */
    @Column(name = "MIN_ORDER_AMOUNT", precision = 19, scale = 5)
    private BigDecimal minOrderAmount;

    /** The most the rule gives on one order, in the order's currency. */
    @Column(name = "MAX_PER_ORDER", precision = 19, scale = 5)
    private BigDecimal maxPerOrder;

    @Column(name = "TIER_CODES", length = 1000)
    private String tierCodes;

    @Column(name = "SEGMENT_CODES", length = 1000)
    private String segmentCodes;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    /** The rule as the calculator uses it; refuses (code {@code invalid_rule}) settings that do not fit. */
    public CashBackRule toRule() {
        CashBackRule.Builder builder = CashBackRule.builder(id == null ? 0 : id, name).active(active)
                .percentage(percentage)
                .window(startsAt == null ? null : startsAt.toInstant(), endsAt == null ? null : endsAt.toInstant())
                .minimumAmount(minOrderAmount)
                .capPerOrder(maxPerOrder);
        if (productIds != null) {
            builder.productIds(EarningRuleRecord.ids(productIds, "product"));
        }
        if (categoryIds != null) {
            builder.categoryIds(EarningRuleRecord.ids(categoryIds, "category"));
        }
        if (tierCodes != null) {
            builder.tierCodes(EarningRuleRecord.words(tierCodes));
        }
        if (segmentCodes != null) {
            builder.segmentCodes(EarningRuleRecord.words(segmentCodes));
        }
        return builder.build();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public void setPercentage(BigDecimal percentage) {
        this.percentage = percentage;
    }

    public Date getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Date startsAt) {
        this.startsAt = startsAt;
    }

    public Date getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Date endsAt) {
        this.endsAt = endsAt;
    }

    public String getProductIds() {
        return productIds;
    }

    public void setProductIds(String productIds) {
        this.productIds = productIds;
    }

    public String getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(String categoryIds) {
        this.categoryIds = categoryIds;
    }

    public BigDecimal getMinOrderAmount() {
        return minOrderAmount;
    }

    public void setMinOrderAmount(BigDecimal minOrderAmount) {
        this.minOrderAmount = minOrderAmount;
    }

    public BigDecimal getMaxPerOrder() {
        return maxPerOrder;
    }

    public void setMaxPerOrder(BigDecimal maxPerOrder) {
        this.maxPerOrder = maxPerOrder;
    }

    public String getTierCodes() {
        return tierCodes;
    }

    public void setTierCodes(String tierCodes) {
        this.tierCodes = tierCodes;
    }

    public String getSegmentCodes() {
        return segmentCodes;
    }

    public void setSegmentCodes(String segmentCodes) {
        this.segmentCodes = segmentCodes;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }

    void touch(Date at) {
        this.updatedAt = at;
    }
}
