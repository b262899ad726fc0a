package io.loyaltyclub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** The set-based sweeps write exactly what the ledger writes one account at a time, and resume cleanly. */
@ExtendWith(BroadleafExtension.class)
class PointsSweepIT {

    private BroadleafContext context;
    private PointsLedger ledger;
    private PointsSweep sweep;
    private LedgerVerification verification;
    private final List<Long> members = new ArrayList<Long>();

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        this.sweep = context.bean("blLoyaltyPointsSweep", PointsSweep.class);
        this.verification = context.bean("blLoyaltyLedgerVerification", LedgerVerification.class);
        for (int i = 0; i < 7; i++) {
            members.add(shop.customer().getId());
        }
    }

    @Test
    void theExpirySweepExpiresEveryDueLotOnceAcrossChunks() {
        Instant now = context.clock().instant();
        for (long member : members) {
            ledger.earn(Earning.of(member, 100, "sweep:" + member + ":a").expiresAt(now.plus(Duration.ofDays(3))));
            ledger.earn(Earning.of(member, 50, "sweep:" + member + ":b").expiresAt(now.plus(Duration.ofDays(30))));
            ledger.redeem(Redemption.of(member, 30, "sweep:" + member + ":spend"));
        }
        context.clock().advance(Duration.ofDays(4));
        sweep.setChunkSize(3);
        try {
            PointsSweep.SweepResult first = sweep.expireAll();
            PointsSweep.SweepResult second = sweep.expireAll();

            assertThat(first.getPoints()).isGreaterThanOrEqualTo(70L * members.size());
            assertThat(second.getPoints()).as("a second run finds nothing left").isZero();
        } finally {
            sweep.setChunkSize(500);
        }
        for (long member : members) {
            PointsBalance balance = ledger.balance(member);
            assertThat(balance.getExpired()).isEqualTo(70);
            assertThat(balance.getAvailable()).isEqualTo(50);
            assertThat(ledger.history(member, null, 1).get(0).getType()).isEqualTo(EntryType.EXPIRE);
            assertThat(verification.discrepancies(member)).isEmpty();
        }
        // The ledger's own settling agrees with the sweep: nothing left to expire for a member.
        assertThat(ledger.expireDue(members.get(0))).isZero();
    }

    @Test
    void theExpirySweepExpiresThePointsOfInactiveMembersOnly() {
        Instant now = context.clock().instant();
        java.time.ZoneId utc = java.time.ZoneOffset.UTC;
        long sleeper = members.get(0);
        long active = members.get(1);
        ledger.earn(Earning.of(sleeper, 40, "inactive:" + sleeper).expiringBy(ExpiryPolicy.afterInactivity(1), now, utc));
        ledger.earn(Earning.of(active, 40, "inactive:" + active).expiringBy(ExpiryPolicy.afterInactivity(1), now, utc));
        context.clock().advance(Duration.ofDays(25));
        ledger.adjust(active, 1, "keeps the member active", "test", "inactive:" + active + ":adjust");
        context.clock().advance(Duration.ofDays(10));

        sweep.expireAll();

        assertThat(ledger.balance(sleeper).getAvailable()).isZero();
        assertThat(ledger.balance(sleeper).getExpired()).isEqualTo(40);
        assertThat(ledger.balance(active).getAvailable()).isEqualTo(41);
        assertThat(verification.discrepancies(sleeper)).isEmpty();
        assertThat(verification.discrepancies(active)).isEmpty();
    }

    @Test
    void theReleaseSweepMakesDuePointsAvailableAndPaysDebtsFirst() {
        Instant now = context.clock().instant();
        long owing = members.get(0);
        long earned = ledger.earn(Earning.of(owing, 100, "release:" + owing + ":a")).getEntry().getId();
        ledger.redeem(Redemption.of(owing, 100, "release:" + owing + ":spend"));
        ledger.reverse(earned, 100, "returned", "release:" + owing + ":return");
        assertThat(ledger.balance(owing).getAvailable()).isEqualTo(-100);
        for (long member : members) {
            ledger.earn(Earning.of(member, 60, "release:" + member + ":pending").availableAt(now.plus(Duration.ofDays(14))));
        }
        context.clock().advance(Duration.ofDays(15));

        PointsSweep.SweepResult result = sweep.releaseAll();

        assertThat(result.getPoints()).as("other tests may leave due lots too").isGreaterThanOrEqualTo(60L * members.size());
        assertThat(ledger.balance(owing).getAvailable()).isEqualTo(-40);
        for (long member : members.subList(1, members.size())) {
            assertThat(ledger.balance(member).getAvailable()).isEqualTo(60);
            assertThat(ledger.balance(member).getPending()).isZero();
        }
        for (long member : members) {
            assertThat(verification.discrepancies(member)).isEmpty();
        }
        assertThat(sweep.releaseAll().getPoints()).isZero();
    }
}
