package io.loyaltyclub.earning;

import java.time.Instant;
import java.util.Objects;

import io.loyaltyclub.LoyaltyException;

/**
 * When a rule is in force: from {@code startsAt} (inclusive) until {@code endsAt} (exclusive). Either end may be
 * open. Immutable.
 */
public final class RuleWindow {

    private static final RuleWindow ALWAYS = new RuleWindow(null, null);

    private final Instant startsAt;
    private final Instant endsAt;

    private RuleWindow(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** No start, no end. */
    public static RuleWindow always() {
        return ALWAYS;
    }

    /**
     * @param startsAt the first instant in force, or {@code null} for no start
     * @param endsAt the first instant no longer in force, or {@code null} for no end
     * @throws LoyaltyException {@value EarningRule#INVALID_RULE} when the end is not after the start
     */
    public static RuleWindow between(Instant startsAt, Instant endsAt) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new LoyaltyException(EarningRule.INVALID_RULE,
                    "a rule's end (" + endsAt + ") must be after its start (" + startsAt + ")");
        }
        return startsAt == null && endsAt == null ? ALWAYS : new RuleWindow(startsAt, endsAt);
    }

    /** The first instant in force, or {@code null} when there is no start. */
    public Instant getStartsAt() {
        return startsAt;
    }

    /** The first instant no longer in force, or {@code null} when there is no end. */
    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean contains(Instant at) {
        Objects.requireNonNull(at, "at");
        return (startsAt == null || !at.isBefore(startsAt)) && (endsAt == null || at.isBefore(endsAt));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RuleWindow)) {
            return false;
        }
        RuleWindow that = (RuleWindow) other;
        return Objects.equals(startsAt, that.startsAt) && Objects.equals(endsAt, that.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }

    @Override
    public String toString() {
        return "[" + (startsAt == null ? "..." : startsAt) + ", " + (endsAt == null ? "..." : endsAt) + ")";
    }
}
