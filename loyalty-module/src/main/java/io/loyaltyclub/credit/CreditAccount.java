package io.loyaltyclub.credit;

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
import javax.persistence.Version;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.ledger.Bucket;

/**
 * A member's store-credit account: one per customer, in one currency (that of its first entry), with the balances
 * kept in the same transaction as every entry that changes them (only {@link CreditLedger} writes them, holding
 * the row lock). They always equal the sums over the account's entries; {@link CreditVerification} checks that.
 * Credit never goes negative.
 */
@Entity
@Table(name = "LOY_CREDIT_ACCOUNT")
public class CreditAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, unique = true)
    private Long customerId;

    /** Set by the first entry; every later entry must be in it. */
    @Column(name = "CURRENCY_CODE", length = 3)
    private String currencyCode;

    @Column(name = "AVAILABLE", nullable = false, precision = 19, scale = 5)
    private BigDecimal available = BigDecimal.ZERO;

    @Column(name = "PENDING", nullable = false, precision = 19, scale = 5)
    private BigDecimal pending = BigDecimal.ZERO;

    @Column(name = "LIFETIME_ISSUED", nullable = false, precision = 19, scale = 5)
    private BigDecimal lifetimeIssued = BigDecimal.ZERO;

    @Column(name = "SPENT", nullable = false, precision = 19, scale = 5)
    private BigDecimal spent = BigDecimal.ZERO;

    @Column(name = "EXPIRED", nullable = false, precision = 19, scale = 5)
    private BigDecimal expired = BigDecimal.ZERO;

    /** Credit revokes could not take back because it was already spent. */
    @Column(name = "UNRECOVERED", nullable = false, precision = 19, scale = 5)
    private BigDecimal unrecovered = BigDecimal.ZERO;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CreditAccount() {
        // for JPA
    }

    CreditAccount(long customerId, Date createdAt) {
        this.customerId = customerId;
        this.createdAt = createdAt;
    }

    /** Fixes the account's currency with its first entry; refuses ({@code currency_mismatch}) any other later. */
    void requireCurrency(String code) {
        if (currencyCode == null) {
            currencyCode = code;
        } else if (!currencyCode.equals(code)) {
            throw new LoyaltyException("currency_mismatch", "customer " + customerId + " holds credit in " + currencyCode
                    + ", not in " + code);
        }
    }

    /**
     * Books one entry's effect on the balances; the one place where they change. The same rules, written as sums
     * over the entries, are what {@link CreditVerification} checks.
     */
    void book(CreditEntry entry) {
        BigDecimal amount = entry.getAmount();
        if (entry.getType() == CreditEntryType.RELEASE) {
            pending = pending.subtract(amount);
            available = available.add(amount);
        } else if (entry.getBucket() == Bucket.PENDING) {
            pending = pending.add(amount);
        } else {
            available = available.add(amount);
        }
        switch (entry.getType()) {
            case ISSUE:
                lifetimeIssued = lifetimeIssued.add(amount);
                break;
            case SPEND:
            case REFUND:
                spent = spent.subtract(amount);
                break;
            case EXPIRE:
                expired = expired.subtract(amount);
                break;
            case REVOKE:
                if (entry.getReversedType() == CreditEntryType.ISSUE) {
                    // The whole revoked amount was never issued, whether it could be taken back or not.
                    lifetimeIssued = lifetimeIssued.subtract(entry.getReversedAmount());
                }
                break;
            default:
                break;
        }
        unrecovered = unrecovered.add(entry.getUnrecovered());
        if (available.signum() < 0 || pending.signum() < 0) {
            throw new IllegalStateException("credit account of customer " + customerId + " would go negative with " + entry);
        }
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getAvailable() {
        return CreditAmounts.atScale(available, currencyCode);
    }

    public BigDecimal getPending() {
        return CreditAmounts.atScale(pending, currencyCode);
    }

    public BigDecimal getLifetimeIssued() {
        return CreditAmounts.atScale(lifetimeIssued, currencyCode);
    }

    public BigDecimal getSpent() {
        return CreditAmounts.atScale(spent, currencyCode);
    }

    public BigDecimal getExpired() {
        return CreditAmounts.atScale(expired, currencyCode);
    }

    public BigDecimal getUnrecovered() {
        return CreditAmounts.atScale(unrecovered, currencyCode);
    }

    public Date getCreatedAt() {
        return createdAt;
    }
}
