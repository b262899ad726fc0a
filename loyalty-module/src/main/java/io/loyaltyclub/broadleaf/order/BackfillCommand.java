package io.loyaltyclub.broadleaf.order;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.support.ClassPathXmlApplicationContext;

/**
 * The backfill as a command a merchant runs against the shop's database, with the shop's own jars (its JDBC
 * driver among them), while the shop runs or not:
 *
 * <pre>
 * java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
 *      -cp "shop/WEB-INF/lib/*" \
 *      io.loyaltyclub.broadleaf.order.BackfillCommand --url jdbc:postgresql://db/shop --user shop --password secret \
 *      [--chunk 5000]
 * </pre>
 *
 * It applies the club's migrations if needed, then runs {@link OrderHistoryBackfill#backfill(int)}, printing a
 * progress line per chunk. Stopped (or crashed) half-way, the same command resumes where it stopped.
 */
public final class BackfillCommand {

    private BackfillCommand() {
    }

    public static void main(String[] args) {
        try {
            OrderHistoryBackfill.Result result = run(args);
            System.exit(result.isFinished() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: BackfillCommand --url <jdbc url> --user <user> --password <password> [--chunk <orders>]");
            System.exit(2);
        }
    }

    /** Runs the backfill with these arguments; {@code --chunks N} stops after N chunks (to be resumed). */
    public static OrderHistoryBackfill.Result run(String... args) {
        Map<String, String> options = options(args);
        String url = required(options, "url");
        System.setProperty("loyalty.backfill.url", url);
        System.setProperty("loyalty.backfill.user", options.containsKey("user") ? options.get("user") : "");
        System.setProperty("loyalty.backfill.password", options.containsKey("password") ? options.get("password") : "");
        int chunk = Integer.parseInt(options.containsKey("chunk") ? options.get("chunk") : "5000");
        int chunks = Integer.parseInt(options.containsKey("chunks") ? options.get("chunks") : String.valueOf(Integer.MAX_VALUE));
        try (ClassPathXmlApplicationContext context = new ClassPathXmlApplicationContext("bl-loyalty-backfill-context.xml")) {
            OrderHistoryBackfill backfill = context.getBean(OrderHistoryBackfill.class);
            backfill.setProgress(System.out::println);
            return backfill.backfill(chunk, chunks);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected arguments: " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        if (!options.containsKey(name)) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return options.get(name);
    }
}
