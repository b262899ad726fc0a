package io.loyaltyclub.testing;

import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

/** Puts the tier ladder back as the club ships it (empty, spend over the calendar year), and members with it. */
public final class TestLadder {

    private TestLadder() {
    }

    public static void reset(BroadleafContext context) {
        TierService tiers = context.bean("blLoyaltyTierService", TierService.class);
        for (TierRecord tier : tiers.tierRecords()) {
            tiers.delete(tier.getCode());
        }
        tiers.saveLadder(TierMetric.SPEND, TierWindow.calendarYear());
        tiers.evaluate(500);
    }
}
