package io.loyaltyclub.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on localhost that misbehaves on purpose: each request takes the next planned behaviour
 * (answer 500, answer too late, close the connection without an answer), and answers 200 once the plan is used
 * up. It checks every signature, keeps what it accepted in arrival order, and drops duplicates by event id, as
 * a careful receiver would.
 */
final class TestReceiver implements AutoCloseable {

    enum Behaviour { FAIL_500, ANSWER_LATE, CLOSE_CONNECTION }

    private final HttpServer server;
    private final String secret;
    private final long lateMillis;
    private final Deque<Behaviour> plan = new ConcurrentLinkedDeque<Behaviour>();
    private final Map<String, String> firstSeen = Collections.synchronizedMap(new LinkedHashMap<String, String>());
    private final List<String> duplicates = Collections.synchronizedList(new ArrayList<String>());
    private final List<String> badSignatures = Collections.synchronizedList(new ArrayList<String>());
    private volatile int requests;

    TestReceiver(String secret, long lateMillis) throws IOException {
        this.secret = secret;
        this.lateMillis = lateMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void plan(Behaviour... behaviours) {
        for (Behaviour behaviour : behaviours) {
            plan.addLast(behaviour);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests++;
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(readAll(in), StandardCharsets.UTF_8);
        }
        String eventId = exchange.getRequestHeaders().getFirst("X-Loyalty-Event-Id");
        if (!WebhookSignature.verify(secret, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body)) {
            badSignatures.add(eventId);
        }
        Behaviour behaviour = plan.pollFirst();
        if (behaviour == Behaviour.CLOSE_CONNECTION) {
            exchange.close();
            return;
        }
        if (behaviour == Behaviour.FAIL_500) {
            respond(exchange, 500);
            return;
        }
        // Taken in (and kept) before answering: an answer that comes too late leaves the sender unsure.
        synchronized (firstSeen) {
            if (firstSeen.containsKey(eventId)) {
                duplicates.add(eventId);
            } else {
                firstSeen.put(eventId, body);
            }
        }
        if (behaviour == Behaviour.ANSWER_LATE) {
            try {
                Thread.sleep(lateMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        respond(exchange, 200);
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) > 0;) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Event id to body, each event once, in the order it first arrived. */
    Map<String, String> received() {
        synchronized (firstSeen) {
            return new LinkedHashMap<String, String>(firstSeen);
        }
    }

    List<String> duplicates() {
        return new ArrayList<String>(duplicates);
    }

    List<String> badSignatures() {
        return new ArrayList<String>(badSignatures);
    }

    int requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
