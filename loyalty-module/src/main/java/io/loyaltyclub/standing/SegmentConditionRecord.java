package io.loyaltyclub.standing;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.loyaltyclub.segment.SegmentCondition;
import io.loyaltyclub.segment.SegmentField;
import io.loyaltyclub.segment.SegmentOperator;

/**
 * A condition of a segment as stored ({@code LOY_SEGMENT_CONDITION}): conditions of the same group number must
 * all hold; any group is enough.
 */
@Entity
@Table(name = "LOY_SEGMENT_CONDITION")
public class SegmentConditionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SEGMENT_ID", nullable = false)
    private Long segmentId;

    @Column(name = "GROUP_NO", nullable = false)
    private int groupNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "FIELD_NAME", nullable = false, length = 32)
    private SegmentField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "COMPARISON", nullable = false, length = 16)
    private SegmentOperator operator;

    @Column(name = "CONDITION_VALUE", nullable = false, length = 255)
    private String value;

    protected SegmentConditionRecord() {
        // for JPA
    }

    SegmentConditionRecord(long segmentId, int groupNo, SegmentCondition condition) {
        this.segmentId = segmentId;
        this.groupNo = groupNo;
        this.field = condition.getField();
        this.operator = condition.getOperator();
        this.value = condition.getValue();
    }

    public SegmentCondition toCondition() {
        return new SegmentCondition(field, operator, value);
    }

    public Long getId() {
        return id;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public int getGroupNo() {
        return groupNo;
    }
}
