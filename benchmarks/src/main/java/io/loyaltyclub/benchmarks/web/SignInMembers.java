package io.loyaltyclub.benchmarks.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs the seeded members in over HTTP, as a browser does (the login page for its CSRF token, then the login
 * form), checks that each session answers {@code GET /loyalty/api/me}, and writes one {@code Cookie} header value
 * per line for wrk's script ({@code sessions.lua}) to rotate through.
 *
 * <pre>java -cp ... io.loyaltyclub.benchmarks.web.SignInMembers http://localhost:8090 2000 target/sessions.txt</pre>
 */
public final class SignInMembers {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "demo1234";

    private SignInMembers() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SignInMembers <base url> <sessions> <output file> [parallel, 4]");
            System.exit(2);
        }
        final String base = args[0];
        int sessions = Integer.parseInt(args[1]);
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<String>> cookies = new ArrayList<Future<String>>();
        long started = System.nanoTime();
        for (int i = 1; i <= sessions; i++) {
            final String email = String.format(DemoMembersSeed.EMAIL_FORMAT, i);
            cookies.add(pool.submit(() -> signIn(base, email)));
        }
        List<String> lines = new ArrayList<String>();
        for (Future<String> cookie : cookies) {
            lines.add(cookie.get());
        }
        pool.shutdown();
        Collections.shuffle(lines);
        Files.write(Paths.get(args[2]), lines, StandardCharsets.UTF_8);
        System.out.printf("%,d members signed in in %.1f s; their cookies are in %s%n", sessions,
                (System.nanoTime() - started) / 1e9, args[2]);
    }

    static String signIn(String base, String email) throws IOException, InterruptedException {
        CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().cookieHandler(jar).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + base + "/login");
        }
        String form = "csrfToken=" + encode(token.group(1)) + "&j_username=" + encode(email) + "&j_password=" + encode(PASSWORD);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login_post.htm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(base + "/loyalty/api/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            throw new IllegalStateException(email + " is not signed in: " + me.statusCode() + " " + me.body());
        }
        List<String> pairs = new ArrayList<String>();
        for (HttpCookie cookie : jar.getCookieStore().get(URI.create(base))) {
            pairs.add(cookie.getName() + "=" + cookie.getValue());
        }
        return String.join("; ", pairs);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
