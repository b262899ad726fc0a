package io.loyaltyclub.standing;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A segment as the merchant stores it ({@code LOY_SEGMENT}); its conditions are {@link SegmentConditionRecord}s. */
@Entity
@Table(name = "LOY_SEGMENT")
public class SegmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 64)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    /** One of the lifecycle segments the club ships: its thresholds can change, it cannot be removed. */
    @Column(name = "BUILT_IN", nullable = false)
    private boolean builtIn;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    public SegmentRecord() {
        // for JPA and the admin
    }

    public SegmentRecord(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void touch(Date now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Date getUpdatedAt() {
        return updatedAt;
    }
}
