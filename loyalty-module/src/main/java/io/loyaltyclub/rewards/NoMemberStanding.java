package io.loyaltyclub.rewards;

import java.util.Collections;
import java.util.Set;

/** Members have no tier and no segment: rewards limited to tiers or segments are nobody's. */
public class NoMemberStanding implements MemberStandingLookup {

    @Override
    public String tierCode(long customerId) {
        return null;
    }

    @Override
    public Set<String> segmentCodes(long customerId) {
        return Collections.emptySet();
    }
}
