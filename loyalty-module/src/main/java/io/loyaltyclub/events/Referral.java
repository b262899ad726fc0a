package io.loyaltyclub.events;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** Who brought whom to the shop ({@code LOY_REFERRAL}); one referrer per new customer. */
@Entity
@Table(name = "LOY_REFERRAL")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REFERRER_ID", nullable = false)
    private Long referrerId;

    @Column(name = "NEW_CUSTOMER_ID", nullable = false, unique = true)
    private Long newCustomerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REWARDED_AT")
    private Date rewardedAt;

    protected Referral() {
        // for JPA
    }

    Referral(long referrerId, long newCustomerId, Date createdAt) {
        this.referrerId = referrerId;
        this.newCustomerId = newCustomerId;
        this.createdAt = createdAt;
    }

    void rewarded(Date at) {
        this.rewardedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getReferrerId() {
        return referrerId;
    }

    public Long getNewCustomerId() {
        return newCustomerId;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public Date getRewardedAt() {
        return rewardedAt;
    }
}
