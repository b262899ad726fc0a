package io.loyaltyclub.benchmarks;

import org.hibernate.stat.Statistics;

import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.LedgerFiller;
import io.loyaltyclub.testing.ShopFixtures;

/** SQL statements and time of one balance read (and one history page) for members with 10 and 100,000 entries. */
final class BalanceReadCost {

    private static final int READS = 2000;

    private final BroadleafContext context;

    BalanceReadCost(BroadleafContext context) {
        this.context = context;
    }

    void run() {
        BroadleafExtension.enterRequest(context);
        try {
            ShopFixtures shop = new ShopFixtures(context);
            PointsLedger ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
            for (int entries : new int[] {10, 100000}) {
                final long member = shop.customer().getId();
                long filling = System.nanoTime();
                LedgerFiller.fill(context.jdbc(), member, entries);
                double fillSeconds = (System.nanoTime() - filling) / 1e9;
                long statements = statements(() -> ledger.balance(member));
                long historyStatements = statements(() -> ledger.history(member, null, 50));
                Measurements reads = new Measurements();
                for (int i = 0; i < READS; i++) {
                    long start = System.nanoTime();
                    ledger.balance(member);
                    reads.add(System.nanoTime() - start);
                }
                System.out.printf("balance: %,d entries (written in %.1f s): %d SQL statement(s) per balance read,"
                        + " %d per history page; read median %.3f ms, p99 %.3f ms over %d reads%n", entries, fillSeconds,
                        statements, historyStatements, reads.medianMillis(), reads.percentileMillis(99), reads.size());
            }
        } finally {
            BroadleafExtension.leaveRequest(context);
        }
    }

    private long statements(Runnable read) {
        Statistics statistics = context.hibernateStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        read.run();
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return count;
    }
}
