package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;

/**
 * What the club knows of a member beyond points, as the order flow needs it: the tier the earning rules see, and
 * a follow-up once an order's points were reconciled (statistics, tier and segments), in the same transaction.
 */
public interface MemberStanding {

    /** Nothing beyond points: no tier, nothing to follow up. */
    MemberStanding NONE = new MemberStanding() {
        @Override
        public String tierCode(long customerId) {
            return null;
        }

        @Override
        public void orderChanged(ClubOrder order) {
            // nothing kept
        }
    };

    /** The member's tier code for the earning rules, or {@code null}. */
    String tierCode(long customerId);

    /** The codes of the segments the member is in, for earning rules that name segments. */
    default Collection<String> segmentCodes(long customerId) {
        return Collections.emptyList();
    }

    /** The extra cash-back percentage the member's tier gives on every order; zero when none. */
    default BigDecimal tierCashBackPercent(long customerId) {
        return BigDecimal.ZERO;
    }

    /** The order was placed, cancelled, placed again or had units returned, and its points were reconciled. */
    void orderChanged(ClubOrder order);
}
