package io.loyaltyclub.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Real threads on one member's credit account, against the real database: no overspend, no double booking. */
@ExtendWith(BroadleafExtension.class)
class ConcurrentCreditIT {

    private static final int THREADS = 8;
    private static final int SPENDS_PER_THREAD = 6;

    private BroadleafContext context;
    private CreditLedger ledger;
    private long customer;
    private ExecutorService pool;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.ledger = context.bean("blLoyaltyCreditLedger", CreditLedger.class);
        this.customer = shop.customer().getId();
        this.pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        assertThat(context.bean("blLoyaltyCreditVerification", CreditVerification.class).discrepancies(customer)).isEmpty();
    }

    @Test
    void concurrentSpendsNeverOverspend() throws Exception {
        ledger.issue(CreditIssue.of(customer, new BigDecimal("20.00"), "USD", "race:" + customer + ":fund-1"));
        ledger.issue(CreditIssue.of(customer, new BigDecimal("10.05"), "USD", "race:" + customer + ":fund-2"));
        BigDecimal funded = new BigDecimal("30.05");

        // 8 threads x 6 spends of 0.75 to 1.00: 48 attempts asking for about 42.00 of the 30.05 there is.
        List<List<Outcome>> outcomes = race(thread -> {
            List<Outcome> mine = new ArrayList<Outcome>();
            for (int i = 0; i < SPENDS_PER_THREAD; i++) {
                BigDecimal amount = new BigDecimal("0.75").add(BigDecimal.valueOf((thread + i) % 6, 2).multiply(BigDecimal.valueOf(5)));
                Outcome outcome = new Outcome(amount);
                try {
                    outcome.posting = ledger.spend(CreditSpend.of(customer, amount, "USD",
                            "race:" + customer + ":spend:" + thread + ":" + i));
                } catch (LoyaltyException e) {
                    outcome.error = e;
                }
                mine.add(outcome);
            }
            return mine;
        });

        BigDecimal spent = BigDecimal.ZERO;
        int succeeded = 0;
        for (List<Outcome> thread : outcomes) {
            for (Outcome outcome : thread) {
                if (outcome.error == null) {
                    succeeded++;
                    spent = spent.add(outcome.amount);
                    assertThat(outcome.posting.getBalance().getAvailable().signum()).isNotNegative();
                } else {
                    assertThat(outcome.error.getCode()).isEqualTo("insufficient_credit");
                }
            }
        }
        assertThat(succeeded).isPositive().isLessThan(THREADS * SPENDS_PER_THREAD);
        assertThat(spent).isLessThanOrEqualTo(funded);
        CreditBalance balance = ledger.balance(customer);
        assertThat(balance.getSpent()).isEqualByComparingTo(spent);
        assertThat(balance.getAvailable()).isEqualByComparingTo(funded.subtract(spent));
        assertThat(balance.getAvailable()).as("what is left is less than the smallest spend").isLessThan(new BigDecimal("0.75"));
        assertThat(ledger.history(customer, null, 500)).hasSize(2 + succeeded);
    }

    @Test
    void theSameIssueReplayedByEveryThreadIsBookedOnce() throws Exception {
        List<List<Outcome>> outcomes = race(thread -> {
            Outcome outcome = new Outcome(new BigDecimal("5.00"));
            outcome.posting = ledger.issue(CreditIssue.of(customer, outcome.amount, "USD", "race:" + customer + ":same"));
            List<Outcome> mine = new ArrayList<Outcome>();
            mine.add(outcome);
            return mine;
        });

        long firsts = 0;
        for (List<Outcome> thread : outcomes) {
            firsts += thread.get(0).posting.isReplay() ? 0 : 1;
        }
        assertThat(firsts).isEqualTo(1);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("5.00"));
        assertThat(ledger.history(customer, null, 100)).hasSize(1);
    }

    @Test
    void theSameSpendReplayedByEveryThreadIsBookedOnce() throws Exception {
        ledger.issue(CreditIssue.of(customer, new BigDecimal("3.00"), "USD", "race:" + customer + ":fund"));

        List<List<Outcome>> outcomes = race(thread -> {
            Outcome outcome = new Outcome(new BigDecimal("2.00"));
            outcome.posting = ledger.spend(CreditSpend.of(customer, outcome.amount, "USD", "race:" + customer + ":spend"));
            List<Outcome> mine = new ArrayList<Outcome>();
            mine.add(outcome);
            return mine;
        });

        long firsts = 0;
        for (List<Outcome> thread : outcomes) {
            firsts += thread.get(0).posting.isReplay() ? 0 : 1;
        }
        assertThat(firsts).isEqualTo(1);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("1.00"));
        assertThat(ledger.history(customer, null, 100)).hasSize(2);
    }

    private interface Work {
        List<Outcome> run(int thread) throws Exception;
    }

    private static final class Outcome {
        final BigDecimal amount;
        CreditPosting posting;
        LoyaltyException error;

        Outcome(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** Runs the work on {@value #THREADS} threads released at the same moment, each looking like a shop request. */
    private List<List<Outcome>> race(final Work work) throws Exception {
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> futures = new ArrayList<Future<List<Outcome>>>();
        for (int i = 0; i < THREADS; i++) {
            final int thread = i;
            futures.add(pool.submit(new Callable<List<Outcome>>() {
                @Override
                public List<Outcome> call() throws Exception {
                    BroadleafExtension.enterRequest(context);
                    try {
                        start.await();
                        return work.run(thread);
                    } finally {
                        BroadleafExtension.leaveRequest(context);
                    }
                }
            }));
        }
        start.countDown();
        List<List<Outcome>> outcomes = new ArrayList<List<Outcome>>();
        for (Future<List<Outcome>> future : futures) {
            outcomes.add(future.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
