package io.loyaltyclub.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs tasks at the same moment, each on a thread of its own, for the races the club must win. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Starts every task together; returns how many answered true. A task that throws fails the test. */
    public static int count(List<? extends Callable<Boolean>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<Future<Boolean>>();
        try {
            for (final Callable<Boolean> task : tasks) {
                results.add(threads.submit(new Callable<Boolean>() {
                    @Override
                    public Boolean call() throws Exception {
                        start.await();
                        return task.call();
                    }
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            return succeeded;
        } finally {
            threads.shutdownNow();
        }
    }
}
