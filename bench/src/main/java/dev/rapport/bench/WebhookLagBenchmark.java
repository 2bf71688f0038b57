package dev.rapport.bench;

import com.sun.net.httpserver.HttpServer;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.webhook.WebhookDraft;
import dev.rapport.platform.webhook.WebhookSubscriptions;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook delivery lag: interactions are logged through the kernel's service by several writers, paced to a target
 * rate, while a webhook subscription to {@code kernel.InteractionLogged} posts each one to a receiver the bench runs
 * on this machine (the JDK's HTTP server, answering 204 at once). The lag of an interaction is the time from the
 * commit of its transaction to the receipt of its webhook. Baseline in the same run, on the same events: the lag to
 * a listener of the bench registered with the event dispatcher, i.e. what the outbox costs before any webhook work
 * (the delivery queue, signing, the HTTP request) begins. Run {@linkplain #withoutWebhook without the subscription},
 * it measures the writers and the listener alone: what the webhook side costs the writers shows as the difference.
 */
final class WebhookLagBenchmark implements FigureBenchmark {

    private static final int WRITERS = 4;
    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(5);
    private static final String OWNER = "bench-webhooks";
    private static final Pattern INTERACTION_ID = Pattern.compile("\"interactionId\"\\s*:\\s*(\\d+)");

    private final int appends;
    private final int ratePerSecond;
    private final boolean subscribed;

    /**
     * @param appends interactions logged in the measured run (after as many again, a tenth, unmeasured)
     * @param ratePerSecond the pace the writers keep together, when the machine allows it
     */
    WebhookLagBenchmark(int appends, int ratePerSecond) {
        this(appends, ratePerSecond, true);
    }

    private WebhookLagBenchmark(int appends, int ratePerSecond, boolean subscribed) {
        this.appends = appends;
        this.ratePerSecond = ratePerSecond;
        this.subscribed = subscribed;
    }

    /** The same writers and listener with no webhook subscription: the baseline of the writers' rate. */
    static WebhookLagBenchmark withoutWebhook(int appends, int ratePerSecond) {
        return new WebhookLagBenchmark(appends, ratePerSecond, false);
    }

    @Override
    public List<Figure> measure(BenchPlatform platform, SampleData sample) throws Exception {
        InteractionService interactions = platform.service(InteractionService.class);
        Clock clock = platform.service(Clock.class);
        Actor agent = platform.service(UserDirectory.class).findByUsername(BenchCommand.AGENT).map(Actor::of)
                .orElseThrow(() -> new IllegalStateException("The demo agent " + BenchCommand.AGENT + " is missing"));
        Arrivals webhookArrivals = new Arrivals();
        Arrivals listenerArrivals = new Arrivals();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                Matcher id = INTERACTION_ID.matcher(new String(body.readAllBytes(), StandardCharsets.UTF_8));
                if (id.find()) {
                    webhookArrivals.arrived(Long.parseLong(id.group(1)), System.nanoTime());
                }
                exchange.sendResponseHeaders(204, -1);
            } finally {
                exchange.close();
            }
        });
        receiver.start();
        WebhookSubscriptions subscriptions = platform.service(WebhookSubscriptions.class);
        Long subscription = !subscribed ? null : subscriptions.create(new WebhookDraft("Bench receiver", "http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook", List.of("kernel.InteractionLogged")), "kernel",
                Actor.SYSTEM).subscription().id();
        EventDispatcher dispatcher = platform.service(EventDispatcher.class);
        dispatcher.register(OWNER + ":lag-" + System.currentTimeMillis(), OWNER,
                new BaselineListener(listenerArrivals));
        try {
            run(interactions, agent, clock, sample, 0, Math.max(1, appends / 10), new Arrivals(), webhookArrivals,
                    listenerArrivals);
            Arrivals committed = new Arrivals();
            webhookArrivals.forget();
            listenerArrivals.forget();
            long started = System.nanoTime();
            run(interactions, agent, clock, sample, appends, appends, committed, webhookArrivals, listenerArrivals);
            double rate = appends / ((System.nanoTime() - started) / 1e9);
            LatencyStats listener = LatencyStats.of(committed.lagsTo(listenerArrivals));
            String writers = Format.count(appends) + " interactions logged by " + WRITERS + " writers at "
                    + Format.count(Math.round(rate)) + "/s (paced to " + Format.count(ratePerSecond) + "/s)";
            String baseline = "same events, commit to an in-process dispatcher listener";
            if (!subscribed) {
                String alone = "no webhook subscription, " + writers;
                return List.of(
                        Figure.informative("Baseline: listener lag p50", listener.p50(), "ms", alone),
                        Figure.informative("Baseline: listener lag p95", listener.p95(), "ms", alone),
                        Figure.informative("No webhook: append rate", rate, "interactions/s", alone));
            }
            LatencyStats webhook = LatencyStats.of(committed.lagsTo(webhookArrivals));
            String how = "commit to receipt by an HTTP receiver on this machine, " + writers;
            return List.of(
                    Figure.informative("Webhook lag: p50", webhook.p50(), "ms", how),
                    Figure.atMost("Webhook lag: p95", webhook.p95(), "ms", 2000, "as above"),
                    Figure.informative("Webhook lag: p99", webhook.p99(), "ms", "as above"),
                    Figure.informative("Baseline: listener lag p50", listener.p50(), "ms", baseline),
                    Figure.informative("Baseline: listener lag p95", listener.p95(), "ms", baseline),
                    Figure.informative("Webhook lag: append rate", rate, "interactions/s", how));
        } finally {
            dispatcher.unregisterOwnedBy(OWNER);
            if (subscription != null) {
                subscriptions.delete(subscription, Actor.SYSTEM);
            }
            receiver.stop(0);
        }
    }

    /** Logs {@code count} interactions from sample index {@code first} on, paced, and waits for both arrivals. */
    private void run(InteractionService interactions, Actor agent, Clock clock, SampleData sample, int first, int count,
                     Arrivals committed, Arrivals webhooks, Arrivals listener) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long nanosPerAppend = 1_000_000_000L / ratePerSecond;
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                running.add(writers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long due = start + i * nanosPerAppend;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        long id = interactions.log(new InteractionDraft(sample.customer(first + i), null, Channel.PHONE,
                                Direction.OUTBOUND, "Webhook bench call", null, Outcome.COMPLETED, clock.instant(),
                                "kernel"), agent).id();
                        committed.arrived(id, System.nanoTime());
                        ids.add(id);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        }
        if (subscribed) {
            webhooks.await(ids, "webhooks");
        }
        listener.await(ids, "listener deliveries");
    }

    /** When each interaction (by id) reached a point: committed, received by webhook, delivered to the listener. */
    private static final class Arrivals {

        private final Map<Long, Long> at = new ConcurrentHashMap<>();

        void arrived(long interactionId, long nanoTime) {
            at.putIfAbsent(interactionId, nanoTime);
        }

        void forget() {
            at.clear();
        }

        void await(List<Long> ids, String what) throws InterruptedException {
            long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
            while (!at.keySet().containsAll(ids)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Only " + ids.stream().filter(at::containsKey).count() + " of "
                            + ids.size() + " " + what + " arrived within " + DELIVERY_TIMEOUT.toMinutes() + " minutes");
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }

        /** From here to {@code later} for every interaction noted here; one there before its commit was noted: 0. */
        long[] lagsTo(Arrivals later) {
            return at.entrySet().stream()
                    .mapToLong(entry -> Math.max(0, later.at.get(entry.getKey()) - entry.getValue())).toArray();
        }
    }

    /** The baseline: notes when the dispatcher hands each logged interaction to an in-process listener. */
    private record BaselineListener(Arrivals arrivals) implements DomainEventListener {

        @Override
        public boolean accepts(Class<? extends DomainEvent> type) {
            return type == InteractionLogged.class;
        }

        @Override
        public void onEvent(DomainEvent event, EventMetadata metadata) {
            arrivals.arrived(((InteractionLogged) event).interactionId(), System.nanoTime());
        }
    }
}
