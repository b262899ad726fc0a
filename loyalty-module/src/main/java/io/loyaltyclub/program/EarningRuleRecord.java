package io.loyaltyclub.program;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.EarningRule;
import io.loyaltyclub.earning.EarningRuleType;

/**
 * An earning rule as the merchant stores and edits it ({@code LOY_EARNING_RULE}). Lists of products,
 * categories, tiers and days are kept as comma-separated text. {@link #toRule()} turns it into the engine's
 * {@link EarningRule}, which checks that the settings fit the rule's type.
 */
@Entity
@Table(name = "LOY_EARNING_RULE")
public class EarningRuleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "RULE_TYPE", nullable = false, length = 32)
    private EarningRuleType type;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTS_AT")
    private Date startsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDS_AT")
    private Date endsAt;

    @Column(name = "RATE", precision = 19, scale = 6)
    private BigDecimal rate;

    @Column(name = "COEFFICIENT", precision = 19, scale = 6)
    private BigDecimal coefficient;

    @Column(name = "BONUS_POINTS")
    private Long bonusPoints;

    @Column(name = "PRODUCT_IDS", length = 4000)
    private String productIds;

    @Column(name = "CATEGORY_IDS", length = 4000)
    private String categoryIds;

    @Column(name = "TIER_CODES", length = 1000)
    private String tierCodes;

    /** Segments whose members the rule is for (comma-separated); empty for everybody. */
    @Column(name = "SEGMENT_CODES", length = 1000)
    private String segmentCodes;

    @Column(name = "DAYS_OF_WEEK", length = 100)
    private String daysOfWeek;

    @Column(name = "EVERY_NTH_ORDER")
    private Integer everyNthOrder;

    @Column(name = "MIN_ORDERS_30_DAYS")
    private Integer minOrdersInLast30Days;

    @Column(name = "MIN_DAYS_SINCE_ORDER")
    private Integer minDaysSincePreviousOrder;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    /** The rule as the engine uses it; refuses (code {@code invalid_rule}) settings that do not fit its type. */
    public EarningRule toRule() {
        EarningRule.Builder builder = EarningRule.builder(id == null ? 0 : id, type, name).active(active)
                .window(startsAt == null ? null : startsAt.toInstant(), endsAt == null ? null : endsAt.toInstant());
        if (rate != null) {
            builder.rate(rate);
        }
        if (coefficient != null) {
            builder.coefficient(coefficient);
        }
        if (bonusPoints != null) {
            builder.bonusPoints(bonusPoints);
        }
        if (productIds != null && !productIds.trim().isEmpty()) {
            builder.productIds(ids(productIds, "product"));
        }
        if (categoryIds != null && !categoryIds.trim().isEmpty()) {
            builder.categoryIds(ids(categoryIds, "category"));
        }
        if (segmentCodes != null && !segmentCodes.trim().isEmpty()) {
            builder.segmentCodes(words(segmentCodes));
        }
        if (tierCodes != null && !tierCodes.trim().isEmpty()) {
            builder.tierCodes(words(tierCodes));
        }
        if (daysOfWeek != null && !daysOfWeek.trim().isEmpty()) {
            List<DayOfWeek> days = new ArrayList<DayOfWeek>();
            for (String day : words(daysOfWeek)) {
                try {
                    days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new LoyaltyException(EarningRule.INVALID_RULE, "unknown day of the week: " + day);
                }
            }
            builder.daysOfWeek(days);
        }
        if (everyNthOrder != null) {
            builder.everyNthOrder(everyNthOrder);
        }
        if (minOrdersInLast30Days != null) {
            builder.minOrdersInLast30Days(minOrdersInLast30Days);
        }
        if (minDaysSincePreviousOrder != null) {
            builder.minDaysSincePreviousOrder(minDaysSincePreviousOrder);
        }
        return builder.build();
    }

    static Set<Long> ids(String text, String what) {
        Set<Long> ids = new LinkedHashSet<Long>();
        for (String word : words(text)) {
            try {
                ids.add(Long.valueOf(word));
            } catch (NumberFormatException e) {
                throw new LoyaltyException(EarningRule.INVALID_RULE, "'" + word + "' is not a " + what + " id");
            }
        }
        return ids;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<String>();
        for (String word : text.split("[,\\s]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Values as the comma-separated text the record keeps ({@code null} for none). */
    public static String joined(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(value);
        }
        return text.toString();
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

    public EarningRuleType getType() {
        return type;
    }

    public void setType(EarningRuleType type) {
        this.type = type;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
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

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(BigDecimal coefficient) {
        this.coefficient = coefficient;
    }

    public Long getBonusPoints() {
        return bonusPoints;
    }

    public void setBonusPoints(Long bonusPoints) {
        this.bonusPoints = bonusPoints;
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

    public String getDaysOfWeek() {
        return daysOfWeek;
    }

    public void setDaysOfWeek(String daysOfWeek) {
        this.daysOfWeek = daysOfWeek;
    }

    public Integer getEveryNthOrder() {
        return everyNthOrder;
    }

    public void setEveryNthOrder(Integer everyNthOrder) {
        this.everyNthOrder = everyNthOrder;
    }

    public Integer getMinOrdersInLast30Days() {
        return minOrdersInLast30Days;
    }

    public void setMinOrdersInLast30Days(Integer minOrdersInLast30Days) {
        this.minOrdersInLast30Days = minOrdersInLast30Days;
    }

    public Integer getMinDaysSincePreviousOrder() {
        return minDaysSincePreviousOrder;
    }

    public void setMinDaysSincePreviousOrder(Integer minDaysSincePreviousOrder) {
        this.minDaysSincePreviousOrder = minDaysSincePreviousOrder;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }

    void touch(Date at) {
        this.updatedAt = at;
    }
}
