package io.loyaltyclub.program;

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

import io.loyaltyclub.earning.EventRule;
import io.loyaltyclub.earning.EventType;
import io.loyaltyclub.earning.RuleWindow;

/** Points for something a member did other than buying ({@code LOY_EVENT_RULE}), as the merchant edits it. */
@Entity
@Table(name = "LOY_EVENT_RULE")
public class EventRuleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "EVENT_TYPE", nullable = false, length = 32)
    private EventType eventType;

    @Column(name = "POINTS", nullable = false)
    private long points;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTS_AT")
    private Date startsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDS_AT")
    private Date endsAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    public EventRule toRule() {
        return new EventRule(id == null ? 0 : id, name, eventType, points).withActive(active)
                .withWindow(RuleWindow.between(startsAt == null ? null : startsAt.toInstant(),
                        endsAt == null ? null : endsAt.toInstant()));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EventType getEventType() {
        return eventType;
    }

    public void setEventType(EventType eventType) {
        this.eventType = eventType;
    }

    public long getPoints() {
        return points;
    }

    public void setPoints(long points) {
        this.points = points;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Date getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Date startsAt) {
        this.startsAt = startsAt;
    }

    public Date getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Date endsAt) {
        this.endsAt = endsAt;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }

    void touch(Date at) {
        this.updatedAt = at;
    }
}
