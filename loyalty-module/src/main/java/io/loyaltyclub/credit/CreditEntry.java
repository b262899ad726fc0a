package io.loyaltyclub.credit;

import java.math.BigDecimal;
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

import io.loyaltyclub.ledger.Bucket;

/**
 * One change of a store-credit account. Entries are never edited or deleted; a mistake is corrected by a new entry
 * (a refund, a revoke, an adjustment). The only mutable part is the lot bookkeeping of entries that add credit
 * ({@code REMAINING}, {@code LOT_BUCKET}): what is left of them to spend, and whether that is still pending.
 * Amounts are read at the currency's scale.
 */
@Entity
@Table(name = "LOY_CREDIT_ENTRY")
public class CreditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENTRY_TYPE", nullable = false, length = 16)
    private CreditEntryType type;

    /** The bucket the amount was posted to (a RELEASE moves its amount from PENDING to AVAILABLE). */
    @Enumerated(EnumType.STRING)
    @Column(name = "BUCKET", nullable = false, length = 16)
    private Bucket bucket;

    /** Signed: positive adds to the account, negative takes from it. */
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal amount;

    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    private String currencyCode;

    /** Lots only (entries adding credit): what is left to spend. */
    @Column(name = "REMAINING", precision = 19, scale = 5)
    private BigDecimal remaining;

    @Enumerated(EnumType.STRING)
    @Column(name = "LOT_BUCKET", length = 16)
    private Bucket lotBucket;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_AT")
    private Date availableAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT")
    private Date expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 16)
    private CreditSource source;

    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, unique = true, length = 191)
    private String idempotencyKey;

    /** The entry this one is about: what a refund or revoke undoes, the lot a release or an expiry concerns. */
    @Column(name = "REFERS_TO_ENTRY_ID")
    private Long refersToEntryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "REVERSED_TYPE", length = 16)
    private CreditEntryType reversedType;

    /** Credit a revoke could not take back because the member had already spent it (credit never goes negative). */
    @Column(name = "UNRECOVERED", nullable = false, precision = 19, scale = 5)
    private BigDecimal unrecovered = BigDecimal.ZERO;

    /** The part of a revoke that the lot had already lost to expiry: gone already, nothing left to take. */
    @Column(name = "ALREADY_EXPIRED", nullable = false, precision = 19, scale = 5)
    private BigDecimal alreadyExpired = BigDecimal.ZERO;

    @Column(name = "REASON", length = 1000)
    private String reason;

    /** Who made it: an admin's login for adjustments, otherwise empty. */
    @Column(name = "ACTOR", length = 255)
    private String actor;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected CreditEntry() {
        // for JPA
    }

    CreditEntry(long accountId, CreditEntryType type, Bucket bucket, BigDecimal amount, String currencyCode,
            CreditSource source, String idempotencyKey, Date createdAt) {
        this.accountId = accountId;
        this.type = type;
        this.bucket = bucket;
        this.amount = amount;
        this.currencyCode = currencyCode;
        this.source = source;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }

    CreditEntry asLot(Bucket lotBucket, BigDecimal remaining, Date availableAt, Date expiresAt) {
        this.lotBucket = lotBucket;
        this.remaining = remaining;
        this.availableAt = availableAt;
        this.expiresAt = expiresAt;
        return this;
    }

    CreditEntry forOrder(Long orderId) {
        this.orderId = orderId;
        return this;
    }

    CreditEntry because(String reason, String actor) {
        this.reason = reason;
        this.actor = actor;
        return this;
    }

    CreditEntry concerning(long lotId) {
        this.refersToEntryId = lotId;
        return this;
    }

    CreditEntry reversing(CreditEntry original, BigDecimal unrecovered, BigDecimal alreadyExpired) {
        this.refersToEntryId = original.getId();
        this.reversedType = original.getType();
        this.unrecovered = unrecovered;
        this.alreadyExpired = alreadyExpired;
        if (this.orderId == null) {
            this.orderId = original.getOrderId();
        }
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public CreditEntryType getType() {
        return type;
    }

    public Bucket getBucket() {
        return bucket;
    }

    /** Signed, at the currency's scale. */
    public BigDecimal getAmount() {
        return CreditAmounts.atScale(amount, currencyCode);
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    /** For a lot: what is left of it to spend; {@code null} for entries that are no lot. */
    public BigDecimal getRemaining() {
        return CreditAmounts.atScale(remaining, currencyCode);
    }

    public Bucket getLotBucket() {
        return lotBucket;
    }

    public boolean isLot() {
        return remaining != null;
    }

    public Date getAvailableAt() {
        return availableAt;
    }

    public Date getExpiresAt() {
        return expiresAt;
    }

    public CreditSource getSource() {
        return source;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Long getRefersToEntryId() {
        return refersToEntryId;
    }

    public CreditEntryType getReversedType() {
        return reversedType;
    }

    public BigDecimal getUnrecovered() {
        return CreditAmounts.atScale(unrecovered, currencyCode);
    }

    public BigDecimal getAlreadyExpired() {
        return CreditAmounts.atScale(alreadyExpired, currencyCode);
    }

    /** For a refund or revoke: how much of the reversed entry it undid, whether or not it could be taken. */
    public BigDecimal getReversedAmount() {
        return getAmount().abs().add(getUnrecovered()).add(getAlreadyExpired());
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "credit entry " + id + " " + type + " " + getAmount() + " " + currencyCode;
    }
}
