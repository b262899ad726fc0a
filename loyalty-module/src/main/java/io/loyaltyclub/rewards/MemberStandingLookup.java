package io.loyaltyclub.rewards;

import java.util.Set;

/**
 * A member's tier and segments, for rewards and automatic codes limited to some of them. The club's tiers and
 * segments provide it; until they are installed, {@link NoMemberStanding} answers none.
 */
public interface MemberStandingLookup {

    /** The member's tier code, or null. */
    String tierCode(long customerId);

    /** The codes of the segments the member is in; empty when none. */
    Set<String> segmentCodes(long customerId);
}
