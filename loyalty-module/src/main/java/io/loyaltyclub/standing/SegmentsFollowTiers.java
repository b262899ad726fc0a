package io.loyaltyclub.standing;

import java.util.Collection;

/** Members whose tier changed get their segments worked out again (conditions on the tier). */
public class SegmentsFollowTiers implements TierListener {

    private SegmentService segments;

    @Override
    public void tiersChanged(Collection<Long> customerIds) {
        segments.refresh(customerIds);
    }

    @Override
    public void tierSaved(TierRecord tier) {
        // the top tier may have changed: members follow at the next scheduled refresh
    }

    public void setSegments(SegmentService segments) {
        this.segments = segments;
    }
}
