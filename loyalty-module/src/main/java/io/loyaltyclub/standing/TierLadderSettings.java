package io.loyaltyclub.standing;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

/** What the ladder measures and over which window ({@code LOY_TIER_LADDER}, one row). */
@Entity
@Table(name = "LOY_TIER_LADDER")
public class TierLadderSettings {

    public static final long SINGLE_ROW = 1L;

    @Id
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "METRIC", nullable = false, length = 16)
    private TierMetric metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "WINDOW_KIND", nullable = false, length = 16)
    private TierWindow.Kind windowKind;

    @Column(name = "WINDOW_MONTHS", nullable = false)
    private int windowMonths;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public TierWindow window() {
        return TierWindow.of(windowKind, windowMonths);
    }

    void touch(Date now) {
        this.updatedAt = now;
    }

    public TierMetric getMetric() {
        return metric;
    }

    public void setMetric(TierMetric metric) {
        this.metric = metric;
    }

    public TierWindow.Kind getWindowKind() {
        return windowKind;
    }

    public void setWindowKind(TierWindow.Kind windowKind) {
        this.windowKind = windowKind;
    }

    public int getWindowMonths() {
        return windowMonths;
    }

    public void setWindowMonths(int windowMonths) {
        this.windowMonths = windowMonths;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }
}
