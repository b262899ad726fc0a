package io.loyaltyclub.rewards.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;

/**
 * What a reward's availability depends on at a moment: how many were redeemed in all and in this month (in
 * points and money), and the member's standing: tier, segments, available points, earlier redemptions of it.
 */
public final class RewardState {

    final long redeemed;
    final long monthPoints;
    final BigDecimal monthMoney;
    final String tier;
    final Set<String> segments;
    final long availablePoints;
    final long customerRedemptions;

    public RewardState(long redeemed, long monthPoints, BigDecimal monthMoney, String tier, Set<String> segments,
            long availablePoints, long customerRedemptions) {
        this.redeemed = redeemed;
        this.monthPoints = monthPoints;
        this.monthMoney = monthMoney == null ? BigDecimal.ZERO : monthMoney;
        this.tier = tier;
        this.segments = segments == null ? Collections.<String>emptySet() : segments;
        this.availablePoints = availablePoints;
        this.customerRedemptions = customerRedemptions;
    }
}
