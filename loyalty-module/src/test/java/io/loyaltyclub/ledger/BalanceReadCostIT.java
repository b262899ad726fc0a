package io.loyaltyclub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.LedgerFiller;
import io.loyaltyclub.testing.ShopFixtures;

/** Reading a balance costs the same few statements whether the member has 10 entries or thousands. */
@ExtendWith(BroadleafExtension.class)
class BalanceReadCostIT {

    @Test
    void aBalanceReadIsOneStatementWhateverTheHistory(BroadleafContext context, ShopFixtures shop) {
        PointsLedger ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        long small = shop.customer().getId();
        long large = shop.customer().getId();
        LedgerFiller.fill(context.jdbc(), small, 10);
        LedgerFiller.fill(context.jdbc(), large, 5000);

        long smallStatements = statementsFor(context, () -> ledger.balance(small));
        long largeStatements = statementsFor(context, () -> ledger.balance(large));

        assertThat(smallStatements).isEqualTo(largeStatements).isBetween(1L, 2L);
        assertThat(ledger.balance(large).getAvailable()).isEqualTo(5000);
        assertThat(statementsFor(context, () -> ledger.history(large, null, 50))).isBetween(1L, 2L);
        assertThat(context.bean("blLoyaltyLedgerVerification", LedgerVerification.class).discrepancies(large)).isEmpty();
    }

    private static long statementsFor(BroadleafContext context, Runnable read) {
        Statistics statistics = context.hibernateStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            read.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
