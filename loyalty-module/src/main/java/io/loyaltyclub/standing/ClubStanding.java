package io.loyaltyclub.standing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import io.loyaltyclub.checkout.ClubOrder;
import io.loyaltyclub.checkout.MemberStanding;
import io.loyaltyclub.rewards.MemberStandingLookup;
import io.loyaltyclub.tier.Tier;
import io.loyaltyclub.stats.CustomerStatsService;

/**
 * Follows the order flow for what the club knows of a member beyond points: after each change of an order, in
 * the order's transaction, the customer's statistics are recomputed, the tier follows them (a purchase raises
 * it at once; a cancellation or return sets it to what the figures still hold), and so do the segments. The earning rules see the tier
 * the member holds before the order.
 */
public class ClubStanding implements MemberStanding, MemberStandingLookup {

    private CustomerStatsService stats;
    private TierService tiers;
    private SegmentService segments;

    @Override
    public String tierCode(long customerId) {
        return tiers.currentTierCode(customerId);
    }

    @Override
    public Set<String> segmentCodes(long customerId) {
        return new LinkedHashSet<String>(segments.segmentCodesOf(customerId));
    }

    @Override
    public BigDecimal tierCashBackPercent(long customerId) {
        String code = tiers.currentTierCode(customerId);
        Tier tier = code == null ? null : tiers.ladder().find(code);
        return tier == null || tier.getCashBackPercent() == null ? BigDecimal.ZERO : tier.getCashBackPercent();
    }

    @Override
    public void orderChanged(ClubOrder order) {
        boolean reduced = stats.recordOrder(order);
        tiers.afterOrder(order.getCustomerId(), reduced, order.getOrderId());
        segments.refresh(Collections.singletonList(order.getCustomerId()));
    }

    public void setStats(CustomerStatsService stats) {
        this.stats = stats;
    }

    public void setTiers(TierService tiers) {
        this.tiers = tiers;
    }

    public void setSegments(SegmentService segments) {
        this.segments = segments;
    }
}
