package io.loyaltyclub.benchmarks;

import java.util.Arrays;
import java.util.List;

import io.loyaltyclub.testing.BroadleafContext;

/**
 * Runs the club's benchmarks on the real Broadleaf context (the test harness's), on the database chosen with
 * {@code -Dloyalty.test.db}. Arguments: {@code checkout}, {@code balance}, {@code codes}, {@code expiry}, {@code backfill}, {@code metrics} or {@code all}.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> chosen = Arrays.asList(args.length == 0 ? new String[] {"all"} : args);
        boolean all = chosen.contains("all");
        BroadleafContext context = BroadleafContext.get();
        System.out.println("Database: " + context.database() + ", JVM " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        if (all || chosen.contains("checkout")) {
            new CheckoutOverhead(context).run();
        }
        if (all || chosen.contains("balance")) {
            new BalanceReadCost(context).run();
        }
        if (all || chosen.contains("codes")) {
            new CodeGeneration(context).run();
        }
        if (all || chosen.contains("expiry")) {
            new ExpirySweepThroughput(context).run();
        }
        if (all || chosen.contains("backfill")) {
            new BackfillThroughput(context).run();
        }
        if (all || chosen.contains("metrics")) {
            new MetricsQueryTime(context).run();
        }
        context.applicationContext().close();
        System.exit(0);
    }
}
