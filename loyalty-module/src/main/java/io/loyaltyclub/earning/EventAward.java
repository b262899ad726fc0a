package io.loyaltyclub.earning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.loyaltyclub.LoyaltyException;

/**
 * The points a {@link CustomerEvent} earns, and the occasion key under which the ledger records them (so a repeated
 * event earns nothing more). Immutable; computed by {@link #forEvent}.
 */
public final class EventAward {

    private final long customerId;
    private final EventType type;
    private final String occasionKey;
    private final long points;
    private final List<Long> ruleIds;

    private EventAward(CustomerEvent event, long points, List<Long> ruleIds) {
        this.customerId = event.getCustomerId();
        this.type = event.getType();
        this.occasionKey = event.getOccasionKey();
        this.points = points;
        this.ruleIds = Collections.unmodifiableList(new ArrayList<>(ruleIds));
    }

    /**
     * Every rule that {@link EventRule#appliesTo applies to} the event adds its points (a standing rule and a
     * campaign for the same event both count).
     *
     * @param rules the merchant's event rules, each id once
     * @return the award, or empty when no rule applies
     * @throws IllegalArgumentException when the rules contain null or repeat an id
     * @throws LoyaltyException {@value PointsRounding#POINTS_OUT_OF_RANGE} when the points overflow a {@code long}
     */
    public static Optional<EventAward> forEvent(CustomerEvent event, List<EventRule> rules) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(rules, "rules");
        Set<Long> ids = new HashSet<>();
        long points = 0;
        List<Long> applied = new ArrayList<>();
        for (EventRule rule : rules) {
            if (rule == null) {
                throw new IllegalArgumentException("event rules must not contain null");
            }
            if (!ids.add(rule.getId())) {
                throw new IllegalArgumentException("event rule id " + rule.getId() + " repeats");
            }
            if (rule.appliesTo(event)) {
                try {
                    points = Math.addExact(points, rule.getPoints());
                } catch (ArithmeticException overflow) {
                    throw new LoyaltyException(PointsRounding.POINTS_OUT_OF_RANGE,
                            event + " would earn more points than can be recorded", overflow);
                }
                applied.add(rule.getId());
            }
        }
        return applied.isEmpty() ? Optional.<EventAward>empty() : Optional.of(new EventAward(event, points, applied));
    }

    public long getCustomerId() {
        return customerId;
    }

    public EventType getType() {
        return type;
    }

    /** The ledger's idempotency key for this award within the customer's account. */
    public String getOccasionKey() {
        return occasionKey;
    }

    public long getPoints() {
        return points;
    }

    /** The rules that gave the points, in the order they were listed. */
    public List<Long> getRuleIds() {
        return ruleIds;
    }

    @Override
    public String toString() {
        return points + " points to customer " + customerId + " for " + type + " (" + occasionKey + ", rules "
                + ruleIds + ")";
    }
}
