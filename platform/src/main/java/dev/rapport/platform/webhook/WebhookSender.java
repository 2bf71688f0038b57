package dev.rapport.platform.webhook;

import dev.rapport.platform.user.Actor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued webhook messages, on its own thread and virtual threads, never on the event dispatcher's: at most
 * {@link Settings#concurrency} requests at a time, at most {@link Settings#perSubscription} of them to one
 * subscription (a slow receiver cannot take every slot), each cut off after {@link Settings#requestTimeout}. Redirects
 * are not followed. A 2xx answer delivers a message; anything else is retried on the {@link WebhookRetrySchedule}
 * until its window ends, when the message fails and its subscription is disabled with a notice to administrators.
 *
 * <p>Every node runs one; a message is taken by a conditional update, so two nodes never send it at once. A node that
 * dies during a request leaves the message to fall due again when the taking ran out: at least once, with the same
 * {@code webhook-id}. Pending messages therefore resume after a restart.
 */
public final class WebhookSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration REREAD_SUBSCRIPTIONS = Duration.ofSeconds(5);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final String USER_AGENT = "Rapport-Webhooks/1";

    /**
     * @param concurrency requests under way at most ({@code webhooks.concurrency}, 16)
     * @param perSubscription requests under way to one subscription at most ({@code webhooks.per.subscription}, 4)
     * @param requestTimeout how long a receiver may take to answer ({@code webhooks.timeout.seconds}, 10)
     * @param logRetention how long delivered and failed messages stay in the log ({@code webhooks.log.retention.days}, 30)
     */
    public record Settings(int concurrency, int perSubscription, Duration requestTimeout, Duration logRetention) {
        public static final Settings DEFAULT = new Settings(16, 4, Duration.ofSeconds(10), Duration.ofDays(30));
    }

    /** Told when a subscription was disabled because its messages kept failing. */
    @FunctionalInterface
    public interface DisabledNotice {
        void disabled(WebhookSubscription subscription, String reason);
    }

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final WebhookRetrySchedule schedule;
    private final Settings settings;
    private final DisabledNotice notice;
    private final HttpClient http;
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<Long, AtomicInteger> inFlightPerSubscription = new ConcurrentHashMap<>();
    private final Thread loop;
    private volatile Runnable subscriptionsChanged = () -> { };
    private volatile boolean running = true;

    public WebhookSender(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Clock clock,
                         WebhookRetrySchedule schedule, Settings settings, DisabledNotice notice) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
        this.schedule = schedule;
        this.settings = settings;
        this.notice = notice;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.loop = Thread.ofPlatform().daemon().name("webhook-sender").unstarted(this::run);
    }

    /** Runs {@code action} when the loop sees that the subscriptions changed, also on another node. */
    void whenSubscriptionsChange(Runnable action) {
        subscriptionsChanged = action;
    }

    public void start() {
        loop.start();
    }

    /** New messages were queued: send them now instead of at the next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        String fingerprint = null;
        Instant reread = Instant.MIN;
        Instant prune = Instant.MIN;
        while (running) {
            try {
                Instant now = Instant.now();
                if (now.isAfter(reread)) {
                    String current = subscriptions.fingerprint();
                    if (fingerprint != null && !fingerprint.equals(current)) {
                        subscriptionsChanged.run();
                    }
                    fingerprint = current;
                    reread = now.plus(REREAD_SUBSCRIPTIONS);
                }
                if (now.isAfter(prune)) {
                    int pruned = deliveries.prune(clock.instant().minus(settings.logRetention()), 1000);
                    prune = pruned == 1000 ? now : now.plus(PRUNE_EVERY);
                }
                wakeUp.drainPermits();
                if (deliverDue() == 0) {
                    wakeUp.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Webhook delivery could not read its queue: {}", e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    /**
     * Takes the messages due now, as many as there are free slots, and starts a request for each. Returns how many
     * it started; {@link #awaitIdle} waits for them.
     */
    int deliverDue() {
        int free = settings.concurrency() - inFlight.get();
        if (free <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        var busy = inFlightPerSubscription.entrySet().stream()
                .filter(entry -> entry.getValue().get() >= settings.perSubscription()).map(Map.Entry::getKey).toList();
        int started = 0;
        for (WebhookDeliveries.Due due : deliveries.due(now, busy, free)) {
            AtomicInteger ofSubscription = inFlightPerSubscription.computeIfAbsent(due.subscriptionId(),
                    id -> new AtomicInteger());
            if (ofSubscription.get() >= settings.perSubscription()
                    || !deliveries.claim(due, now.plus(settings.requestTimeout().multipliedBy(3)))) {
                continue;
            }
            ofSubscription.incrementAndGet();
            inFlight.incrementAndGet();
            started++;
            requests.execute(() -> {
                try {
                    attempt(due);
                } catch (RuntimeException e) {
                    log.warn("Webhook message {} could not be recorded: {}", due.id(), e.toString());
                } finally {
                    ofSubscription.decrementAndGet();
                    inFlight.decrementAndGet();
                    wake();
                }
            });
        }
        return started;
    }

    /** Waits until no request is under way; false when {@code timeout} passed first. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void attempt(WebhookDeliveries.Due due) {
        Optional<WebhookSubscriptions.Target> target = subscriptions.target(due.subscriptionId());
        if (target.isEmpty()) {
            return; // deleted meanwhile, with its log
        }
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        Integer status = null;
        String error;
        try {
            URI uri = URI.create(target.get().url());
            Optional<String> refused = subscriptions.urls().refusedAddress(uri.getHost());
            if (refused.isPresent()) {
                error = "Refused: " + uri.getHost() + " resolves to the private address " + refused.get();
            } else {
                status = send(uri, target.get(), due, started);
                error = status / 100 == 2 ? null : "HTTP " + status;
            }
        } catch (HttpTimeoutException e) {
            error = "No answer within " + settings.requestTimeout().toSeconds() + " s";
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopping: the message falls due again when its taking runs out
        }
        Instant finished = clock.instant();
        var outcome = new WebhookDeliveries.Outcome(finished, status,
                (int) ((System.nanoTime() - startedNanos) / 1_000_000), error);
        if (error == null) {
            deliveries.delivered(due.id(), outcome);
            return;
        }
        int attempts = due.attempts() + 1;
        Instant next = finished.plus(schedule.pauseAfter(attempts));
        if (next.isBefore(due.retryWindowFrom().plus(schedule.window()))) {
            deliveries.retryAt(due.id(), outcome, next);
            return;
        }
        deliveries.failed(due.id(), outcome);
        String reason = "Message " + WebhookDelivery.messageId(due.eventId(), due.subscriptionId()) + " failed "
                + attempts + " times within " + schedule.window().toHours() + " h; last: " + error;
        if (subscriptions.markDisabled(due.subscriptionId(), reason, Actor.SYSTEM)) {
            log.warn("Webhook subscription {} disabled: {}", due.subscriptionId(), reason);
            subscriptions.find(due.subscriptionId()).ifPresent(subscription -> notice.disabled(subscription, reason));
        }
    }

    private int send(URI uri, WebhookSubscriptions.Target target, WebhookDeliveries.Due due, Instant now)
            throws IOException, InterruptedException {
        String messageId = WebhookDelivery.messageId(due.eventId(), due.subscriptionId());
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.signature(target.secrets(), messageId, timestamp,
                        due.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void sleepQuietly() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops taking messages and cuts off the requests under way (their messages fall due again). */
    @Override
    public void close() {
        running = false;
        loop.interrupt();
        try {
            if (loop.getState() != Thread.State.NEW) {
                loop.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        requests.shutdownNow();
        http.close();
    }
}
