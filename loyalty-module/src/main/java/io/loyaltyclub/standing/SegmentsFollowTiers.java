package io.loyaltyclub.standing;

import java.util.Collections;

/** A member whose tier changed gets their segments worked out again (conditions on the tier). */
public class SegmentsFollowTiers implements TierListener {

    private SegmentService segments;

    @Override
    public void tierChanged(long customerId, String fromTier, String toTier) {
        segments.refresh(Collections.singletonList(customerId));
    }

    @Override
    public void tierSaved(TierRecord tier) {
        // the top tier may have changed: members follow at the next scheduled refresh
    }

    public void setSegments(SegmentService segments) {
        this.segments = segments;
    }
}
