package io.loyaltyclub.benchmarks;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.CodeCampaign;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;

/**
 * 10,000 single-use codes generated and stored for one campaign (each with its Broadleaf offer code), in one
 * transaction as the admin's "generate" does it, then exported as CSV; seconds for each, goal under 30 s.
 */
final class CodeGeneration {

    private static final int CODES = Integer.getInteger("benchmark.codes.count", 10000);

    private final BroadleafContext context;

    CodeGeneration(BroadleafContext context) {
        this.context = context;
    }

    void run() throws Exception {
        BroadleafExtension.enterRequest(context);
        try {
            CodeStore store = context.bean("blLoyaltyCodeStore", CodeStore.class);
            // A warm-up batch, so the figure is not the JIT's and Hibernate's first use.
            CodeCampaign warmUp = store.createCampaign(CampaignRequest.of("Warm-up", "WARM", CodeDiscount.percentOff(BigDecimal.TEN)));
            store.generate(warmUp.getId(), 1000, 1L);

            CodeCampaign campaign = store.createCampaign(CampaignRequest.of("Benchmark", "BENCH",
                    CodeDiscount.percentOff(BigDecimal.TEN)));
            long start = System.nanoTime();
            store.generate(campaign.getId(), CODES, 1L);
            double generateSeconds = (System.nanoTime() - start) / 1e9;

            StringWriter csv = new StringWriter();
            start = System.nanoTime();
            long exported = store.exportCsv(campaign.getId(), csv);
            double exportSeconds = (System.nanoTime() - start) / 1e9;

            Set<String> distinct = new HashSet<String>();
            String[] lines = csv.toString().split("\n");
            for (int i = 1; i < lines.length; i++) {
                distinct.add(lines[i].substring(0, lines[i].indexOf(',')));
            }
            System.out.printf("codes: %,d codes generated and stored in %.1f s (%,.0f codes/s; goal < 30 s),"
                    + " exported as CSV in %.2f s (%,d rows, %,d distinct)%n", CODES, generateSeconds, CODES / generateSeconds,
                    exportSeconds, exported, distinct.size());
        } finally {
            BroadleafExtension.leaveRequest(context);
        }
    }
}
