package io.loyaltyclub.codes.store;

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
 * A set of codes behind one shop offer: a marketing campaign (one shared code, or a batch of single-use
 * codes), a reward of the catalogue, an automatic code such as the birthday's. It may limit the uses of all its
 * codes together and the uses per customer; {@code USES} counts the uses of all its codes.
 */
@Entity
@Table(name = "LOY_CODE_CAMPAIGN")
public class CodeCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    /** Makes creating a campaign from code idempotent (e.g. "reward:12", "birthday"); null for the admin's. */
    @Column(name = "CAMPAIGN_KEY", length = 191)
    private String campaignKey;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "PREFIX", nullable = false, length = 12)
    private String prefix;

    /** The shop's offer (BLC_OFFER) the codes apply. */
    @Column(name = "OFFER_ID", nullable = false)
    private long offerId;

    @Column(name = "MAX_USES")
    private Long maxUses;

    @Column(name = "MAX_USES_PER_CUSTOMER")
    private Long maxUsesPerCustomer;

    @Column(name = "USES", nullable = false)
    private long uses;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTS_AT", nullable = false)
    private Date startsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDS_AT")
    private Date endsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected CodeCampaign() {
    }

    CodeCampaign(String campaignKey, String name, String prefix, long offerId, Long maxUses, Long maxUsesPerCustomer,
            Date startsAt, Date endsAt, Date createdAt) {
        this.campaignKey = campaignKey;
        this.name = name;
        this.prefix = prefix;
        this.offerId = offerId;
        this.maxUses = maxUses;
        this.maxUsesPerCustomer = maxUsesPerCustomer;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCampaignKey() {
        return campaignKey;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public long getOfferId() {
        return offerId;
    }

    public Long getMaxUses() {
        return maxUses;
    }

    public Long getMaxUsesPerCustomer() {
        return maxUsesPerCustomer;
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

    public Date getCreatedAt() {
        return createdAt;
    }

    /** Whether the campaign's codes can no longer be used at {@code at}: its end has come. */
    public boolean endedAt(java.time.Instant at) {
        return endsAt != null && !at.isBefore(endsAt.toInstant());
    }

    void change(String name, Long maxUses, Long maxUsesPerCustomer, Date endsAt) {
        this.name = name;
        this.maxUses = maxUses;
        this.maxUsesPerCustomer = maxUsesPerCustomer;
        this.endsAt = endsAt;
    }
}
