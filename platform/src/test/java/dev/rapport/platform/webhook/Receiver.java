package dev.rapport.platform.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on a free loopback port: records every request and answers with {@link #status} after
 * {@link #delay}, handling requests at the same time on virtual threads and noting how many were under way at most.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Request(String id, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicInteger mostUnderWay = new AtomicInteger();
    volatile int status = 200;
    volatile Duration delay = Duration.ZERO;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            mostUnderWay.accumulateAndGet(underWay.incrementAndGet(), Math::max);
            try {
                var headers = exchange.getRequestHeaders();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Thread.sleep(delay);
                requests.add(new Request(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), body));
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                underWay.decrementAndGet();
                exchange.close();
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    Request next(Duration timeout) throws InterruptedException {
        Request request = requests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("No webhook arrived within " + timeout);
        }
        return request;
    }

    int received() {
        return requests.size();
    }

    /** The most requests that were under way at the same time. */
    int mostUnderWay() {
        return mostUnderWay.get();
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
