package io.loyaltyclub.codes.store;

import java.time.Instant;

/** One code to issue in a campaign: build with {@link #personal(long, long)} or {@link #shared(long)}. */
public final class CodeIssue {

    final long campaignId;
    final Long customerId;
    Long maxUses;
    Instant startsAt;
    Instant endsAt;
    String issueKey;
    String fixedCode;

    private CodeIssue(long campaignId, Long customerId, Long maxUses) {
        this.campaignId = campaignId;
        this.customerId = customerId;
        this.maxUses = maxUses;
    }

    /** A code only this customer can use, once. */
    public static CodeIssue personal(long campaignId, long customerId) {
        return new CodeIssue(campaignId, customerId, 1L);
    }

    /** A code anyone can use, without a limit of its own unless {@link #maxUses(Long)} sets one. */
    public static CodeIssue shared(long campaignId) {
        return new CodeIssue(campaignId, null, null);
    }

    /** The most orders that may use the code; null for no limit of its own. */
    public CodeIssue maxUses(Long maxUses) {
        this.maxUses = maxUses;
        return this;
    }

    /** The code's own window, inside the campaign's. */
    public CodeIssue window(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        return this;
    }

    /** Issuing again with the same key returns the first code. */
    public CodeIssue key(String issueKey) {
        this.issueKey = issueKey;
        return this;
    }

    /** A code the merchant chose (e.g. "SUMMER25") instead of a random one; for shared campaign codes. */
    public CodeIssue code(String fixedCode) {
        this.fixedCode = fixedCode;
        return this;
    }
}
