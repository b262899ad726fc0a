package io.loyaltyclub.ledger;

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

/**
 * One change of a points account. Entries are never edited or deleted; a mistake is corrected by a new entry
 * (a reversal or an adjustment). The only mutable part is the lot bookkeeping of entries that add points
 * ({@code REMAINING}, {@code LOT_BUCKET}): what is left of them to spend, and whether that is still pending.
 */
@Entity
@Table(name = "LOY_POINTS_ENTRY")
public class PointsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENTRY_TYPE", nullable = false, length = 16)
    private EntryType type;

    /** The bucket the points were posted to (a RELEASE moves its points from PENDING to AVAILABLE). */
    @Enumerated(EnumType.STRING)
    @Column(name = "BUCKET", nullable = false, length = 16)
    private Bucket bucket;

    /** Signed: positive adds to the account, negative takes from it. */
    @Column(name = "POINTS", nullable = false)
    private long points;

    /** Lots only (entries adding points): what is left to spend. */
    @Column(name = "REMAINING")
    private Long remaining;

    /** Lots only: where what is left counts now (a pending lot becomes available when released). */
    @Enumerated(EnumType.STRING)
    @Column(name = "LOT_BUCKET", length = 16)
    private Bucket lotBucket;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AVAILABLE_AT")
    private Date availableAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT")
    private Date expiresAt;

    /** Lots only: the points expire after this many months without activity of the member (no date of their own). */
    @Column(name = "INACTIVITY_MONTHS")
    private Integer inactivityMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 16)
    private EntrySource source;

    /** What the source calls the cause: a rule id, an event occasion, an order number. */
    @Column(name = "SOURCE_REF", length = 255)
    private String sourceRef;

    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, unique = true, length = 191)
    private String idempotencyKey;

    /** The entry this one is about: the entry a reversal undoes, the lot a release or an expiry concerns. */
    @Column(name = "REFERS_TO_ENTRY_ID")
    private Long refersToEntryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "REVERSED_TYPE", length = 16)
    private EntryType reversedType;

    /** Points a reversal could not take back because they were already spent (forfeit policy). */
    @Column(name = "UNRECOVERED", nullable = false)
    private long unrecovered;

    /** The part of a reversal that the lot had already lost to expiry: gone already, nothing left to take. */
    @Column(name = "ALREADY_EXPIRED", nullable = false)
    private long alreadyExpired;

    @Column(name = "CURRENCY_CODE", length = 3)
    private String currencyCode;

    @Column(name = "EXCHANGE_RATE", precision = 19, scale = 8)
    private BigDecimal exchangeRate;

    @Column(name = "REASON", length = 1000)
    private String reason;

    /** Who made it: an admin's login for adjustments, otherwise empty. */
    @Column(name = "ACTOR", length = 255)
    private String actor;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected PointsEntry() {
        // for JPA
    }

    PointsEntry(long accountId, EntryType type, Bucket bucket, long points, EntrySource source,
            String idempotencyKey, Date createdAt) {
        this.accountId = accountId;
        this.type = type;
        this.bucket = bucket;
        this.points = points;
        this.source = source;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }

    /** Makes this entry a lot: its points can be spent until it expires. */
    PointsEntry asLot(Bucket lotBucket, long remaining, Date availableAt, Date expiresAt) {
        this.lotBucket = lotBucket;
        this.remaining = remaining;
        this.availableAt = availableAt;
        this.expiresAt = expiresAt;
        return this;
    }

    PointsEntry expiringAfterInactivity(Integer months) {
        this.inactivityMonths = months;
        return this;
    }

    PointsEntry from(String sourceRef, Long orderId, String currencyCode, BigDecimal exchangeRate) {
        this.sourceRef = sourceRef;
        this.orderId = orderId;
        this.currencyCode = currencyCode;
        this.exchangeRate = exchangeRate;
        return this;
    }

    PointsEntry because(String reason, String actor) {
        this.reason = reason;
        this.actor = actor;
        return this;
    }

    /** Marks this entry as concerning a lot (a release, an expiry). */
    PointsEntry concerning(long lotId) {
        this.refersToEntryId = lotId;
        return this;
    }

    PointsEntry reversing(PointsEntry original, long unrecovered, long alreadyExpired) {
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

    public Long getAccountId() {
        return accountId;
    }

    public EntryType getType() {
        return type;
    }

    public Bucket getBucket() {
        return bucket;
    }

    public long getPoints() {
        return points;
    }

    public Long getRemaining() {
        return remaining;
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

    public Integer getInactivityMonths() {
        return inactivityMonths;
    }

    public EntrySource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
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

    public EntryType getReversedType() {
        return reversedType;
    }

    public long getUnrecovered() {
        return unrecovered;
    }

    public long getAlreadyExpired() {
        return alreadyExpired;
    }

    /** For a reversal: how many points of the reversed entry it undid, whether or not they could be taken. */
    public long getReversedPoints() {
        return Math.abs(points) + unrecovered + alreadyExpired;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
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
}
