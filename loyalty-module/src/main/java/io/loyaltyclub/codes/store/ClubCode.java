package io.loyaltyclub.codes.store;

import java.time.Instant;
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
 * One discount code of a campaign, as the shopper types it, with the shop's offer code (BLC_OFFER_CODE) that
 * makes the cart apply it. A personal code belongs to one customer; a code without a customer is anyone's.
 * {@code USES} counts the orders that used it, counted at checkout and given back on cancellation.
 */
@Entity
@Table(name = "LOY_CODE")
public class ClubCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 40)
    private String code;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    private long campaignId;

    @Column(name = "OFFER_CODE_ID", nullable = false)
    private long offerCodeId;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "MAX_USES")
    private Long maxUses;

    @Column(name = "USES", nullable = false)
    private long uses;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTS_AT", nullable = false)
    private Date startsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDS_AT")
    private Date endsAt;

    /** Makes issuing idempotent (e.g. "birthday:42:2026", "redemption:<key>"); null for batch codes. */
    @Column(name = "ISSUE_KEY", length = 191)
    private String issueKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected ClubCode() {
    }

    ClubCode(String code, long campaignId, long offerCodeId, Long customerId, Long maxUses, Date startsAt, Date endsAt,
            String issueKey, Date createdAt) {
        this.code = code;
        this.campaignId = campaignId;
        this.offerCodeId = offerCodeId;
        this.customerId = customerId;
        this.maxUses = maxUses;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.issueKey = issueKey;
        this.createdAt = createdAt;
    }

    /** Whether the code can be used at this moment, as far as its window and its own uses go. */
    public boolean usableAt(Instant now) {
        return !now.isBefore(startsAt.toInstant()) && !expiredAt(now) && !usedUp();
    }

    public boolean expiredAt(Instant now) {
        return endsAt != null && !now.isBefore(endsAt.toInstant());
    }

    public boolean usedUp() {
        return maxUses != null && uses >= maxUses;
    }

    public boolean belongsToSomeoneElse(Long customer) {
        return customerId != null && !customerId.equals(customer);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getOfferCodeId() {
        return offerCodeId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getMaxUses() {
        return maxUses;
    }

    public long getUses() {
        return uses;
    }

    public Date getStartsAt() {
        return startsAt;
    }

    public Date getEndsAt() {
        return endsAt;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
