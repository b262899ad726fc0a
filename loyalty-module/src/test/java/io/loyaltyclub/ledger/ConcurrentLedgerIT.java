package io.loyaltyclub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

/** Real threads on one member's account, against the real database: no double award, no overspend. */
@ExtendWith(BroadleafExtension.class)
class ConcurrentLedgerIT {

    private static final int THREADS = 20;

    private BroadleafContext context;
    private PointsLedger ledger;
    private long customer;
    private ExecutorService pool;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        this.customer = shop.customer().getId();
        this.pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        assertThat(context.bean("blLoyaltyLedgerVerification", LedgerVerification.class).discrepancies(customer)).isEmpty();
    }

    @Test
    void twentyConcurrentAwardsToANewMemberAllCountExactlyOnce() throws Exception {
        List<Outcome> outcomes = race(i -> ledger.earn(Earning.of(customer, 10 + i, "race:" + customer + ":earn:" + i)));

        assertThat(outcomes).allMatch(o -> o.error == null);
        long expected = 0;
        for (int i = 0; i < THREADS; i++) {
            expected += 10 + i;
        }
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(expected);
        assertThat(ledger.history(customer, null, 100)).hasSize(THREADS);
    }

    @Test
    void theSameAwardRetriedByTwentyThreadsIsBookedOnce() throws Exception {
        List<Outcome> outcomes = race(i -> ledger.earn(Earning.of(customer, 50, "race:" + customer + ":same")));

        assertThat(outcomes).allMatch(o -> o.error == null);
        assertThat(outcomes).filteredOn(o -> !o.posting.isReplayed()).hasSize(1);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(50);
        assertThat(ledger.history(customer, null, 100)).hasSize(1);
    }

    @Test
    void twentyConcurrentSpendsNeverOverspend() throws Exception {
        ledger.earn(Earning.of(customer, 100, "race:" + customer + ":fund"));

        List<Outcome> outcomes = race(i -> ledger.redeem(Redemption.of(customer, 10, "race:" + customer + ":spend:" + i)));

        assertThat(outcomes).filteredOn(o -> o.error == null).hasSize(10);
        assertThat(outcomes).filteredOn(o -> o.error != null)
                .allMatch(o -> o.error instanceof LoyaltyException
                        && "insufficient_points".equals(((LoyaltyException) o.error).getCode()));
        assertThat(ledger.balance(customer).getAvailable()).isZero();
        assertThat(ledger.balance(customer).getRedeemed()).isEqualTo(100);
    }

    @Test
    void awardsRacingAnExpirySweepLeaveTheAccountConsistent() throws Exception {
        Instant now = context.clock().instant();
        for (int i = 0; i < 10; i++) {
            ledger.earn(Earning.of(customer, 7, "race:" + customer + ":old:" + i).expiresAt(now.plus(Duration.ofDays(1))));
        }
        context.clock().advance(Duration.ofDays(2));

        List<Outcome> outcomes = race(i -> i % 2 == 0
                ? ledger.earn(Earning.of(customer, 3, "race:" + customer + ":new:" + i))
                : ledger.expireDue(customer));

        assertThat(outcomes).allMatch(o -> o.error == null);
        PointsBalance balance = ledger.balance(customer);
        assertThat(balance.getExpired()).isEqualTo(70);
        assertThat(balance.getAvailable()).isEqualTo(30);
    }

    @Test
    void awardsRacingTheSetBasedExpirySweepLeaveTheAccountConsistent() throws Exception {
        Instant now = context.clock().instant();
        for (int i = 0; i < 10; i++) {
            ledger.earn(Earning.of(customer, 5, "race:" + customer + ":lot:" + i).expiresAt(now.plus(Duration.ofDays(1))));
        }
        context.clock().advance(Duration.ofDays(2));
        PointsSweep sweep = context.bean("blLoyaltyPointsSweep", PointsSweep.class);

        List<Outcome> outcomes = race(i -> i % 4 == 0
                ? sweep.expireAll()
                : ledger.earn(Earning.of(customer, 2, "race:" + customer + ":award:" + i)));

        assertThat(outcomes).allMatch(o -> o.error == null);
        PointsBalance balance = ledger.balance(customer);
        assertThat(balance.getExpired()).as("every old lot expired exactly once").isEqualTo(50);
        assertThat(balance.getAvailable()).isEqualTo(2L * 15);
    }

    private interface Work {
        Object run(int index) throws Exception;
    }

    private static final class Outcome {
        PointsPosting posting;
        Throwable error;
    }

    /** Runs the work on {@value #THREADS} threads released at the same moment, each looking like a shop request. */
    private List<Outcome> race(final Work work) throws Exception {
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<Future<Outcome>>();
        for (int i = 0; i < THREADS; i++) {
            final int index = i;
            futures.add(pool.submit(new Callable<Outcome>() {
                @Override
                public Outcome call() throws Exception {
                    BroadleafExtension.enterRequest(context);
                    Outcome outcome = new Outcome();
                    try {
                        start.await();
                        Object result = work.run(index);
                        outcome.posting = result instanceof PointsPosting ? (PointsPosting) result : null;
                    } catch (Throwable e) {
                        outcome.error = e;
                    } finally {
                        BroadleafExtension.leaveRequest(context);
                    }
                    return outcome;
                }
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<Outcome>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        for (Outcome outcome : outcomes) {
            if (outcome.error != null && !(outcome.error instanceof LoyaltyException)) {
                throw new AssertionError("a thread failed unexpectedly", outcome.error);
            }
        }
        return outcomes;
    }
}
