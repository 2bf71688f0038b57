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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued webhook messages, on its own thread and virtual threads, never on the event dispatcher's: at most
 * {@link Settings#concurrency} requests at a time, and to one subscription as many as its {@link WebhookWindow} allows
 * (growing while the receiver answers fast, up to {@link Settings#perSubscription}; shrinking when it is slow or
 * fails), so a slow receiver cannot take every slot. Each request is cut off after {@link Settings#requestTimeout}.
 * Redirects are not followed. A 2xx answer delivers a message; anything else is retried on the
 * {@link WebhookRetrySchedule} until its window ends, when the message fails and its subscription is disabled with a
 * notice to administrators.
 *
 * <p>The database sees batches, not single messages: each turn of the loop writes the results of every attempt
 * finished since the last turn in one transaction, then claims each subscription's due messages, up to its free
 * slots, in one transaction per subscription. Every node runs a sender; claims are rows (a claimed message's next
 * attempt moves past three request timeouts), so two nodes never send a message at once, and a node that dies during
 * a request leaves the message to fall due again when its claim runs out: at least once, with the same
 * {@code webhook-id}. Pending messages therefore resume after a restart.
 */
public final class WebhookSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration REREAD_SUBSCRIPTIONS = Duration.ofSeconds(5);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final String USER_AGENT = "Rapport-Webhooks/1";

    /**
     * @param concurrency requests under way at most ({@code webhooks.concurrency}, 64)
     * @param perSubscription requests under way to one subscription at most, reached while it answers fast
     *     ({@code webhooks.per.subscription}, 32; see {@link WebhookWindow})
     * @param requestTimeout how long a receiver may take to answer ({@code webhooks.timeout.seconds}, 10)
     * @param logRetention how long delivered and failed messages stay in the log ({@code webhooks.log.retention.days}, 30)
     */
    public record Settings(int concurrency, int perSubscription, Duration requestTimeout, Duration logRetention) {
        public static final Settings DEFAULT = new Settings(64, 32, Duration.ofSeconds(10), Duration.ofDays(30));
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
    private final Map<Long, WebhookWindow> windows = new ConcurrentHashMap<>();
    /** Results of finished attempts, written by the loop's next turn in one transaction. */
    private final Queue<WebhookDeliveries.Result> finished = new ConcurrentLinkedQueue<>();
    private final WebhookTargets targets;
    private final Thread loop;
    private volatile List<Long> enabled;
    private volatile Runnable subscriptionsChanged = () -> { };
    private volatile boolean running = true;
    private int rotation;

    public WebhookSender(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Clock clock,
                         WebhookRetrySchedule schedule, Settings settings, DisabledNotice notice) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
        this.schedule = schedule;
        this.settings = settings;
        this.notice = notice;
        this.targets = new WebhookTargets(subscriptions);
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

    /** The subscriptions changed: read which are enabled, and their URLs and secrets, again. */
    void refresh() {
        enabled = null;
        targets.forget();
        wake();
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
                recordFinished();
                if (deliverDue() == 0) {
                    wakeUp.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Webhook delivery could not read or write its queue: {}", e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    /**
     * Claims, for each enabled subscription in turn, as many due messages as its window and the free slots allow, and
     * starts a request for each. Returns how many it started; {@link #awaitIdle} waits for them.
     */
    int deliverDue() {
        int free = settings.concurrency() - inFlight.get();
        List<Long> ids = enabledSubscriptions();
        if (free <= 0 || ids.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant until = now.plus(settings.requestTimeout().multipliedBy(3));
        int first = Math.floorMod(rotation++, ids.size()); // a different subscription claims first each turn
        int started = 0;
        for (int i = 0; i < ids.size() && started < free; i++) {
            long subscriptionId = ids.get((first + i) % ids.size());
            WebhookWindow window = windows.computeIfAbsent(subscriptionId,
                    id -> new WebhookWindow(settings.perSubscription()));
            int room = Math.min(window.room(), free - started);
            if (room > 0) {
                for (WebhookDeliveries.Due due : deliveries.claimDue(subscriptionId, now, until, room)) {
                    start(due, window);
                    started++;
                }
            }
        }
        return started;
    }

    private List<Long> enabledSubscriptions() {
        List<Long> ids = enabled;
        if (ids == null) {
            ids = subscriptions.active().stream().map(WebhookSubscriptions.Active::id).toList();
            enabled = ids;
        }
        return ids;
    }

    private void start(WebhookDeliveries.Due due, WebhookWindow window) {
        window.started();
        inFlight.incrementAndGet();
        requests.execute(() -> {
            boolean fastSuccess = false;
            try {
                fastSuccess = attempt(due);
            } catch (RuntimeException e) {
                log.warn("Webhook message {} could not be recorded: {}", due.id(), e.toString());
            } finally {
                window.finished(fastSuccess);
                inFlight.decrementAndGet();
                wake();
            }
        });
    }

    /** Writes the results of the attempts finished so far in one transaction; kept for the next turn if that fails. */
    void recordFinished() {
        List<WebhookDeliveries.Result> batch = new ArrayList<>();
        for (WebhookDeliveries.Result result = finished.poll(); result != null; result = finished.poll()) {
            batch.add(result);
        }
        try {
            deliveries.recordAll(batch);
        } catch (RuntimeException e) {
            finished.addAll(batch);
            throw e;
        }
    }

    /** Waits until no request is under way and their results are written; false when {@code timeout} passed first. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        recordFinished();
        return true;
    }

    /** The window of subscription {@code subscriptionId}, as far as it has been used. */
    Optional<WebhookWindow> window(long subscriptionId) {
        return Optional.ofNullable(windows.get(subscriptionId));
    }

    /** One attempt; true when the receiver answered 2xx within {@link WebhookWindow#FAST}. */
    private boolean attempt(WebhookDeliveries.Due due) {
        Optional<WebhookSubscriptions.Target> target = targets.of(due.subscriptionId());
        if (target.isEmpty()) {
            return false; // deleted meanwhile, with its log
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
            return false; // stopping: the message falls due again when its claim runs out
        }
        Instant finishedAt = clock.instant();
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        var outcome = new WebhookDeliveries.Outcome(finishedAt, status, (int) millis, error);
        if (error == null) {
            finished.add(WebhookDeliveries.Result.delivered(due.id(), outcome));
            return millis <= WebhookWindow.FAST.toMillis();
        }
        int attempts = due.attempts() + 1;
        Instant next = finishedAt.plus(schedule.pauseAfter(attempts));
        if (next.isBefore(due.retryWindowFrom().plus(schedule.window()))) {
            finished.add(WebhookDeliveries.Result.retryAt(due.id(), outcome, next));
            return false;
        }
        // Rare, and the subscription is disabled right after: written at once rather than with the next batch.
        deliveries.recordAll(List.of(WebhookDeliveries.Result.failed(due.id(), outcome)));
        String reason = "Message " + WebhookDelivery.messageId(due.eventId(), due.subscriptionId()) + " failed "
                + attempts + " times within " + schedule.window().toHours() + " h; last: " + error;
        if (subscriptions.markDisabled(due.subscriptionId(), reason, Actor.SYSTEM)) {
            log.warn("Webhook subscription {} disabled: {}", due.subscriptionId(), reason);
            subscriptions.find(due.subscriptionId()).ifPresent(subscription -> notice.disabled(subscription, reason));
        }
        return false;
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
        try {
            requests.awaitTermination(1, TimeUnit.SECONDS);
            recordFinished(); // answers already received are not sent again after the restart
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Webhook results not written while stopping; those messages are sent again: {}", e.toString());
        }
        http.close();
    }
}
