package io.loyaltyclub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.api.MemberOverview.ExpiringLot;
import io.loyaltyclub.ledger.Earning;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.PointsOutlook;
import io.loyaltyclub.ledger.Redemption;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

@ExtendWith(BroadleafExtension.class)
class MemberOverviewIT {

    @Test
    void expiringSoonCountsOnlyTheAvailablePointsLeftInLotsThatExpireInTheWindow(BroadleafContext context,
            ShopFixtures shop) {
        PointsLedger ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        MemberOverview overview = context.bean("blLoyaltyMemberOverview", MemberOverview.class);
        long customer = shop.customer().getId();
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MILLIS); // as the schema keeps it
        String key = "overview:" + customer + ":";
        ledger.earn(Earning.of(customer, 100, key + "spent").expiresAt(now.plus(Duration.ofDays(5))));
        ledger.earn(Earning.of(customer, 40, key + "soon").expiresAt(now.plus(Duration.ofDays(10))));
        ledger.earn(Earning.of(customer, 30, key + "later").expiresAt(now.plus(Duration.ofDays(60))));
        ledger.earn(Earning.of(customer, 20, key + "pending").availableAt(now.plus(Duration.ofDays(10)))
                .expiresAt(now.plus(Duration.ofDays(20))));
        // Spends the soonest-expiring lot whole (and 10 of the next): it must not show as expiring.
        ledger.redeem(Redemption.of(customer, 110, key + "redeem"));

        List<ExpiringLot> lots = overview.expiringWithin(customer, 30, ZoneOffset.UTC);

        assertThat(lots).hasSize(1);
        assertThat(lots.get(0).getPoints()).isEqualTo(30);
        assertThat(lots.get(0).getExpiresAt()).isEqualTo(now.plus(Duration.ofDays(10)));
        assertThat(lots.get(0).getLastDay())
                .isEqualTo(now.plus(Duration.ofDays(10)).minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate());
        assertThat(ExpiringLot.total(lots)).isEqualTo(30);
        assertThat(overview.expiringWithin(customer, 3, ZoneOffset.UTC)).isEmpty();
        // My Club's read of the same (by expiry moment) agrees.
        // (a storefront bean: made here as the storefront's context makes it, transactional, on the test clock)
        PointsOutlook outlook = (PointsOutlook) context.applicationContext().getAutowireCapableBeanFactory()
                .createBean(PointsOutlook.class);
        outlook.setClock(context.clock());
        List<PointsOutlook.Dated> dated = outlook.expiringWithin(customer, 30);
        assertThat(dated).hasSize(1);
        assertThat(dated.get(0).getOn().toInstant()).isEqualTo(now.plus(Duration.ofDays(10)));
        assertThat(dated.get(0).getPoints()).isEqualTo(30);
        assertThat(outlook.expiringWithin(customer, 3)).isEmpty();
    }
}
