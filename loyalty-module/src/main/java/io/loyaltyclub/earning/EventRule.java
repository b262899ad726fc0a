package io.loyaltyclub.earning;

import java.util.Objects;

import io.loyaltyclub.LoyaltyException;

/**
 * How many points an {@link EventType event} earns, as the merchant edits it: an id, a name, the event type, the
 * points, an active flag and a {@link RuleWindow window}. Immutable.
 */
public final class EventRule {

    private final long id;
    private final String name;
    private final EventType type;
    private final long points;
    private final boolean active;
    private final RuleWindow window;

    /**
     * An active rule, always in force.
     *
     * @throws LoyaltyException {@value EarningRule#INVALID_RULE} when the name is blank or the points not positive
     */
    public EventRule(long id, String name, EventType type, long points) {
        this(id, name, type, points, true, RuleWindow.always());
    }

    private EventRule(long id, String name, EventType type, long points, boolean active, RuleWindow window) {
        Objects.requireNonNull(type, "type");
        if (name == null || name.trim().isEmpty()) {
            throw new LoyaltyException(EarningRule.INVALID_RULE, "event rule " + id + " (" + type + ") needs a name");
        }
        if (points <= 0) {
            throw new LoyaltyException(EarningRule.INVALID_RULE, "event rule " + id + " (" + type + " '" + name.trim()
                    + "') needs a positive number of points, was " + points);
        }
        this.id = id;
        this.name = name.trim();
        this.type = type;
        this.points = points;
        this.active = active;
        this.window = Objects.requireNonNull(window, "window");
    }

    public EventRule withActive(boolean active) {
        return new EventRule(id, name, type, points, active, window);
    }

    public EventRule withWindow(RuleWindow window) {
        return new EventRule(id, name, type, points, active, window);
    }

    /** Whether the rule awards points for this event: same type, active, and the event inside the window. */
    public boolean appliesTo(CustomerEvent event) {
        return event.getType() == type && active && window.contains(event.getOccurredAt());
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public EventType getType() {
        return type;
    }

    public long getPoints() {
        return points;
    }

    public boolean isActive() {
        return active;
    }

    public RuleWindow getWindow() {
        return window;
    }

    @Override
    public String toString() {
        return "event rule " + id + " " + type + " '" + name + "' " + points + " points" + (active ? "" : " (inactive)")
                + " " + window;
    }
}
