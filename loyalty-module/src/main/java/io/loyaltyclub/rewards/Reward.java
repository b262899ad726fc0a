package io.loyaltyclub.rewards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
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

import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.rewards.rules.RewardTerms;

/**
 * A reward of the catalogue: what it gives, its price in points, and when and to whom it is available. The
 * merchant defines it; {@code REDEEMED} counts its redemptions (the stock check), kept by the redemptions.
 */
@Entity
@Table(name = "LOY_REWARD")
public class Reward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "DESCRIPTION", length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 24)
    private RewardKind kind;

    @Column(name = "POINTS_PRICE", nullable = false)
    private long pointsPrice;

    /** The money one redemption gives away: the amount off or of credit, a gift's cost; what the money budget counts. */
    @Column(name = "MONEY_VALUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal value = BigDecimal.ZERO;

    @Column(name = "CURRENCY_CODE", length = 3)
    private String currencyCode;

    /** For codes: PERCENT_OFF or AMOUNT_OFF (and its DISCOUNT_VALUE), or FREE_SHIPPING. */
    @Enumerated(EnumType.STRING)
    @Column(name = "DISCOUNT_KIND", length = 16)
    private CodeDiscount.Kind discountKind;

    @Column(name = "DISCOUNT_VALUE", precision = 19, scale = 5)
    private BigDecimal discountValue;

    /** A code on one product only (a free product: one unit of it). */
    @Column(name = "PRODUCT_ID")
    private Long productId;

    /** The code campaign behind a code reward (created with the reward). */
    /** A code reward on the products of one category only. */
    @Column(name = "CATEGORY_ID")
    private Long categoryId;

    /** Early access: the merchant's tag the member gets, which opens the hidden category ({@code CATEGORY_ID}). */
    @Column(name = "UNLOCKS_TAG", length = 64)
    private String unlocksTag;

    @Column(name = "CAMPAIGN_ID")
    private Long campaignId;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_FROM")
    private Date availableFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_UNTIL")
    private Date availableUntil;

    /** Tier codes allowed, comma-separated; empty: every member. */
    @Column(name = "TIERS", length = 500)
    private String tiers;

    /** Segment codes allowed (any of them), comma-separated; empty: every member. */
    @Column(name = "SEGMENTS", length = 500)
    private String segments;

    @Column(name = "STOCK")
    private Long stock;

    @Column(name = "REDEEMED", nullable = false)
    private long redeemed;

    @Column(name = "LIMIT_PER_CUSTOMER")
    private Long limitPerCustomer;

    @Column(name = "MONTHLY_POINTS_BUDGET")
    private Long monthlyPointsBudget;

    @Column(name = "MONTHLY_MONEY_BUDGET", precision = 19, scale = 5)
    private BigDecimal monthlyMoneyBudget;

    /** Days a redeemed reward (its code, its credit) stays valid; null: no end. */
    @Column(name = "VALID_DAYS")
    private Integer validDays;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    public Reward() {
    }

    public Reward(String name, RewardKind kind, long pointsPrice) {
        this.name = name;
        this.kind = kind;
        this.pointsPrice = pointsPrice;
    }

    /** A personal code making one unit of the product free; {@code value} is what the product costs the shop. */
    public static Reward freeProduct(String name, long pointsPrice, long productId, BigDecimal value) {
        Reward reward = new Reward(name, RewardKind.FREE_PRODUCT, pointsPrice);
        reward.discountKind = CodeDiscount.Kind.PERCENT_OFF;
        reward.discountValue = BigDecimal.valueOf(100);
        reward.productId = productId;
        reward.value = value;
        return reward;
    }

    /**
     * A personal discount code: percent or amount off the order, one product's units or one category's products'
     * units, or free shipping.
     */
    public static Reward discountCode(String name, long pointsPrice, CodeDiscount discount) {
        if (discount.getProductIds().size() + discount.getCategoryIds().size() > 1 || discount.isOneUnit()) {
            throw new IllegalArgumentException("a reward's code is on the order, on one product's units or on one category's");
        }
        Reward reward = new Reward(name, discount.getKind() == CodeDiscount.Kind.FREE_SHIPPING ? RewardKind.FREE_SHIPPING
                : RewardKind.DISCOUNT_CODE, pointsPrice);
        reward.discountKind = discount.getKind();
        reward.discountValue = discount.getValue();
        reward.productId = discount.getProductIds().isEmpty() ? null : discount.getProductIds().get(0);
        reward.categoryId = discount.getCategoryIds().isEmpty() ? null : discount.getCategoryIds().get(0);
        if (discount.getKind() == CodeDiscount.Kind.AMOUNT_OFF) {
            reward.value = discount.getValue();
        }
        return reward;
    }

    /**
     * Early access to a category hidden from everyone else while the reward is active: redeeming tags the member
     * with {@code tag} (a merchant's tag, so segments on that tag follow).
     */
    public static Reward earlyAccess(String name, long pointsPrice, long categoryId, String tag) {
        Reward reward = new Reward(name, RewardKind.EARLY_ACCESS, pointsPrice);
        reward.categoryId = categoryId;
        reward.unlocksTag = tag == null ? null : tag.trim();
        return reward;
    }

    public static Reward storeCredit(String name, long pointsPrice, BigDecimal amount, String currencyCode) {
        Reward reward = new Reward(name, RewardKind.STORE_CREDIT, pointsPrice);
        reward.value = amount;
        reward.currencyCode = currencyCode;
        return reward;
    }

    public RewardTerms terms() {
        return new RewardTerms(pointsPrice, value, instant(availableFrom), instant(availableUntil), codes(tiers),
                codes(segments), stock, limitPerCustomer, monthlyPointsBudget, monthlyMoneyBudget);
    }

    public CodeDiscount discount() {
        if (kind == RewardKind.FREE_PRODUCT) {
            return productId == null ? null : CodeDiscount.freeProduct(productId);
        }
        CodeDiscount discount = discountKind == null ? null : CodeDiscount.of(discountKind, discountValue);
        if (discount != null && productId != null) {
            return discount.onProducts(productId);
        }
        return discount == null || categoryId == null ? discount : discount.onCategories(categoryId);
    }

    static Set<String> codes(String list) {
        if (list == null || list.trim().isEmpty()) {
            return Collections.emptySet();
        }
        Set<String> codes = new LinkedHashSet<String>();
        for (String code : Arrays.asList(list.split(","))) {
            if (!code.trim().isEmpty()) {
                codes.add(code.trim());
            }
        }
        return codes;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** What an admin may change once the reward exists: everything but what it gives and what it sold. */
    void takeTermsOf(Reward changed) {
        name = changed.name;
        description = changed.description;
        pointsPrice = changed.pointsPrice;
        active = changed.active;
        availableFrom = changed.availableFrom;
        availableUntil = changed.availableUntil;
        tiers = changed.tiers;
        segments = changed.segments;
        stock = changed.stock;
        limitPerCustomer = changed.limitPerCustomer;
        monthlyPointsBudget = changed.monthlyPointsBudget;
        monthlyMoneyBudget = changed.monthlyMoneyBudget;
        validDays = changed.validDays;
    }

    void created(Date now) {
        this.createdAt = now;
    }

    void sellsCodesOf(Long campaignId) {
        this.campaignId = campaignId;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RewardKind getKind() {
        return kind;
    }

    public long getPointsPrice() {
        return pointsPrice;
    }

    public void setPointsPrice(long pointsPrice) {
        this.pointsPrice = pointsPrice;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getUnlocksTag() {
        return unlocksTag;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Date getAvailableFrom() {
        return availableFrom;
    }

    public Date getAvailableUntil() {
        return availableUntil;
    }

    public Reward window(Instant from, Instant until) {
        this.availableFrom = from == null ? null : Date.from(from);
        this.availableUntil = until == null ? null : Date.from(until);
        return this;
    }

    public String getTiers() {
        return tiers;
    }

    public Reward tiers(String... tierCodes) {
        this.tiers = String.join(",", tierCodes);
        return this;
    }

    public String getSegments() {
        return segments;
    }

    public Reward segments(String... segmentCodes) {
        this.segments = String.join(",", segmentCodes);
        return this;
    }

    public Long getStock() {
        return stock;
    }

    public Reward stock(Long stock) {
        this.stock = stock;
        return this;
    }

    public long getRedeemed() {
        return redeemed;
    }

    public Long getLimitPerCustomer() {
        return limitPerCustomer;
    }

    public Reward limitPerCustomer(Long limit) {
        this.limitPerCustomer = limit;
        return this;
    }

    public Long getMonthlyPointsBudget() {
        return monthlyPointsBudget;
    }

    public BigDecimal getMonthlyMoneyBudget() {
        return monthlyMoneyBudget;
    }

    public Reward monthlyBudget(Long points, BigDecimal money) {
        this.monthlyPointsBudget = points;
        this.monthlyMoneyBudget = money;
        return this;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public Reward validDays(Integer days) {
        this.validDays = days;
        return this;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
