package io.loyaltyclub.program;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.EarningPolicy;
import io.loyaltyclub.ledger.ExpiryPolicy;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.ShortfallPolicy;
import io.loyaltyclub.payment.PointsPaymentPolicy;

/** The club's settings, one row the shop admin edits ({@code LOY_PROGRAM}, id 1). */
@Entity
@Table(name = "LOY_PROGRAM")
public class ProgramSettings {

    public static final long SINGLE_ROW = 1L;

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "CLUB_NAME", nullable = false, length = 100)
    private String clubName;

    /** The currency rates and values are counted in; orders in other currencies are converted to it. */
    @Column(name = "BASE_CURRENCY", nullable = false, length = 3)
    private String baseCurrency;

    /** The shop's time zone: days and months of caps, campaigns and expiry dates are the shop's days. */
    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    private String timeZone;

    /** What one point is worth in the base currency (for the liability and for paying with points). */
    @Column(name = "POINT_VALUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal pointValue;

    /** Days the points of an order stay pending (returns are possible); 0: available at once. */
    @Column(name = "RETURN_WINDOW_DAYS", nullable = false)
    private int returnWindowDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXPIRY_KIND", nullable = false, length = 32)
    private ExpiryPolicy.Kind expiryKind;

    @Column(name = "EXPIRY_MONTHS", nullable = false)
    private int expiryMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "SHORTFALL_POLICY", nullable = false, length = 16)
    private ShortfallPolicy shortfallPolicy;

    @Column(name = "REVERSAL_GRACE_DAYS", nullable = false)
    private int reversalGraceDays;

    @Column(name = "GIFT_CARDS_EARN", nullable = false)
    private boolean giftCardsEarn;

    @Column(name = "MAX_POINTS_PER_ORDER")
    private Long maxPointsPerOrder;

    @Column(name = "MAX_POINTS_PER_DAY")
    private Long maxPointsPerDay;

    @Column(name = "MAX_POINTS_PER_MONTH")
    private Long maxPointsPerMonth;

    /** Whether members may pay part of an order with points, at {@link #pointValue} a point. */
    @Column(name = "POINTS_PAYMENT_ENABLED", nullable = false)
    private boolean pointsPaymentEnabled;

    /** The fewest points one payment uses. */
    @Column(name = "POINTS_PAYMENT_MIN", nullable = false)
    private long pointsPaymentMin;

    /** Points are paid in multiples of this (e.g. 100). */
    @Column(name = "POINTS_PAYMENT_STEP", nullable = false)
    private long pointsPaymentStep;

    /** The largest share of an order's total that points may pay, in percent. */
    @Column(name = "POINTS_PAYMENT_MAX_SHARE", nullable = false, precision = 5, scale = 2)
    private BigDecimal pointsPaymentMaxShare;

    /** Days store credit stays valid once available; {@code null} or 0: it never expires. */
    @Column(name = "CREDIT_EXPIRY_DAYS")
    private Integer creditExpiryDays;

    /** Whether the club sends its reminder e-mails (expiring points) at all. */
    @Column(name = "REMINDER_EMAILS_ENABLED", nullable = false)
    private boolean reminderEmailsEnabled = true;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public ExpiryPolicy expiryPolicy() {
        return ExpiryPolicy.of(expiryKind, expiryMonths);
    }

    public EarningPolicy earningPolicy() {
        return EarningPolicy.standard()
                .withGiftCardsEarning(giftCardsEarn)
                .withMaxPointsPerOrder(maxPointsPerOrder)
                .withMaxPointsPerCustomerPerDay(maxPointsPerDay)
                .withMaxPointsPerCustomerPerMonth(maxPointsPerMonth);
    }

    public PointsPaymentPolicy pointsPaymentPolicy() {
        return new PointsPaymentPolicy(pointsPaymentEnabled, pointValue, pointsPaymentMin, pointsPaymentStep,
                pointsPaymentMaxShare);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Checks the settings as a whole before they are saved; a refusal names the field. */
    void validate() {
        require(clubName != null && !clubName.trim().isEmpty() && clubName.length() <= 100, "club_name",
                "the club needs a name of at most 100 characters");
        require(baseCurrency != null && baseCurrency.matches("[A-Z]{3}"), "base_currency",
                "the base currency is a three-letter ISO 4217 code");
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new LoyaltyException("invalid_time_zone", "unknown time zone " + timeZone);
        }
        require(pointValue != null && pointValue.signum() > 0 && pointValue.compareTo(new BigDecimal("1000")) <= 0,
                "point_value", "a point is worth more than 0 and at most 1000 of the base currency");
        require(returnWindowDays >= 0 && returnWindowDays <= 365, "return_window", "the return window is 0 to 365 days");
        require(expiryKind != null, "expiry_policy", "choose an expiry policy");
        expiryPolicy();
        require(shortfallPolicy != null, "shortfall_policy", "choose what a reversal of spent points does");
        require(reversalGraceDays >= 0 && reversalGraceDays <= 3650, "grace_days", "the grace period is 0 to 3650 days");
        earningPolicy();
        require(pointsPaymentStep >= 1 && pointsPaymentStep <= 1000000, "points_payment_step",
                "points are paid in steps of 1 to 1,000,000 points");
        require(pointsPaymentMin >= 0 && pointsPaymentMin <= PointsLedger.MAX_POINTS_PER_ENTRY, "points_payment_minimum",
                "the minimum points payment is 0 to " + PointsLedger.MAX_POINTS_PER_ENTRY + " points");
        require(pointsPaymentMaxShare != null && pointsPaymentMaxShare.signum() >= 0
                && pointsPaymentMaxShare.compareTo(new BigDecimal("100")) <= 0 && pointsPaymentMaxShare.scale() <= 2,
                "points_payment_share", "points may pay 0 to 100 percent of an order (two decimals at most)");
        require(creditExpiryDays == null || (creditExpiryDays >= 0 && creditExpiryDays <= 36500), "credit_expiry",
                "store credit expires after 0 (never) to 36500 days");
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new LoyaltyException("invalid_" + field, message);
        }
    }

    public Long getId() {
        return id;
    }

    public String getClubName() {
        return clubName;
    }

    public void setClubName(String clubName) {
        this.clubName = clubName;
    }

    public String getBaseCurrency() {
        return baseCurrency;
    }

    public void setBaseCurrency(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public BigDecimal getPointValue() {
        return pointValue;
    }

    public void setPointValue(BigDecimal pointValue) {
        this.pointValue = pointValue;
    }

    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    public void setReturnWindowDays(int returnWindowDays) {
        this.returnWindowDays = returnWindowDays;
    }

    public ExpiryPolicy.Kind getExpiryKind() {
        return expiryKind;
    }

    public void setExpiryKind(ExpiryPolicy.Kind expiryKind) {
        this.expiryKind = expiryKind;
    }

    public int getExpiryMonths() {
        return expiryMonths;
    }

    public void setExpiryMonths(int expiryMonths) {
        this.expiryMonths = expiryMonths;
    }

    public ShortfallPolicy getShortfallPolicy() {
        return shortfallPolicy;
    }

    public void setShortfallPolicy(ShortfallPolicy shortfallPolicy) {
        this.shortfallPolicy = shortfallPolicy;
    }

    public int getReversalGraceDays() {
        return reversalGraceDays;
    }

    public void setReversalGraceDays(int reversalGraceDays) {
        this.reversalGraceDays = reversalGraceDays;
    }

    public boolean isGiftCardsEarn() {
        return giftCardsEarn;
    }

    public void setGiftCardsEarn(boolean giftCardsEarn) {
        this.giftCardsEarn = giftCardsEarn;
    }

    public Long getMaxPointsPerOrder() {
        return maxPointsPerOrder;
    }

    public void setMaxPointsPerOrder(Long maxPointsPerOrder) {
        this.maxPointsPerOrder = maxPointsPerOrder;
    }

    public Long getMaxPointsPerDay() {
        return maxPointsPerDay;
    }

    public void setMaxPointsPerDay(Long maxPointsPerDay) {
        this.maxPointsPerDay = maxPointsPerDay;
    }

    public Long getMaxPointsPerMonth() {
        return maxPointsPerMonth;
    }

    public void setMaxPointsPerMonth(Long maxPointsPerMonth) {
        this.maxPointsPerMonth = maxPointsPerMonth;
    }

    public Integer getCreditExpiryDays() {
        return creditExpiryDays;
    }

    public void setCreditExpiryDays(Integer creditExpiryDays) {
        this.creditExpiryDays = creditExpiryDays;
    }

    /** When store credit that becomes available at {@code availableAt} expires; {@code null}: never. */
    public java.time.Instant creditExpiresAt(java.time.Instant availableAt) {
        return creditExpiryDays == null || creditExpiryDays == 0 ? null
                : availableAt.plus(java.time.Duration.ofDays(creditExpiryDays));
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }

    void touch(Date at) {
        this.updatedAt = at;
    }

    public boolean isPointsPaymentEnabled() {
        return pointsPaymentEnabled;
    }

    public void setPointsPaymentEnabled(boolean pointsPaymentEnabled) {
        this.pointsPaymentEnabled = pointsPaymentEnabled;
    }

    public long getPointsPaymentMin() {
        return pointsPaymentMin;
    }

    public void setPointsPaymentMin(long pointsPaymentMin) {
        this.pointsPaymentMin = pointsPaymentMin;
    }

    public long getPointsPaymentStep() {
        return pointsPaymentStep;
    }

    public void setPointsPaymentStep(long pointsPaymentStep) {
        this.pointsPaymentStep = pointsPaymentStep;
    }

    public BigDecimal getPointsPaymentMaxShare() {
        return pointsPaymentMaxShare;
    }

    public void setPointsPaymentMaxShare(BigDecimal pointsPaymentMaxShare) {
        this.pointsPaymentMaxShare = pointsPaymentMaxShare;
    }

    public boolean isReminderEmailsEnabled() {
        return reminderEmailsEnabled;
    }

    public void setReminderEmailsEnabled(boolean reminderEmailsEnabled) {
        this.reminderEmailsEnabled = reminderEmailsEnabled;
    }
}
