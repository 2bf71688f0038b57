package dev.rapport.platform.webhook;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.WEBHOOK_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.event.RetryPolicy;
import dev.rapport.platform.mail.SecretBox;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.webhook.WebhookDelivery.Status;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender's throughput work: messages queued, claimed and recorded in batches, and each receiver's window. */
class WebhookBatchesTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private long nextEvent;

    /** Subscriptions numbered above this one were made by the test: deleted after it, so no sender meets them again. */
    private long subscriptionsBefore;

    @BeforeEach
    void noteSubscriptions() {
        subscriptionsBefore = kernel.dsl.select(DSL.coalesce(DSL.max(WEBHOOK_SUBSCRIPTION.ID), 0L))
                .from(WEBHOOK_SUBSCRIPTION).fetchSingle().value1();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable each : closing.reversed()) {
            each.close();
        }
        kernel.dsl.deleteFrom(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.ID.gt(subscriptionsBefore)).execute();
    }

    /** Webhooks with 8 requests at once, at most {@code perSubscription} to one receiver, answers within 3 s. */
    private Webhooks webhooks(int perSubscription) {
        EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock),
                new Leadership(Kernel.unique("node-"), Duration.ofSeconds(10), Duration.ofMillis(100)), new EventTypes(),
                kernel.outbox, kernel.clock, new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                (owner, what, error) -> { }, kernel.audit);
        closing.add(dispatcher);
        WebhookSubscriptions subscriptions = new WebhookSubscriptions(kernel.dsl, clock, new SecretBox(dataDir),
                new WebhookUrlPolicy(true), kernel.audit);
        Webhooks webhooks = new Webhooks(kernel.dsl, clock, subscriptions, dispatcher, WebhookRetrySchedule.DEFAULT,
                new WebhookSender.Settings(8, perSubscription, Duration.ofSeconds(3), Duration.ofDays(30)),
                (subscription, reason) -> { }, kernel.audit);
        closing.add(webhooks);
        return webhooks;
    }

    private Receiver receiver() throws Exception {
        Receiver receiver = new Receiver();
        closing.add(receiver);
        return receiver;
    }

    private long subscribe(Webhooks webhooks, String name, Receiver receiver) {
        return webhooks.subscriptions().create(new WebhookDraft(name, receiver.url(), List.of("kernel.*")), "kernel",
                admin).subscription().id();
    }

    /** Hands the feeder {@code count} events numbered after every subscription made so far, as one outbox batch. */
    private void feedBatch(Webhooks webhooks, int count, boolean endBatch) {
        if (nextEvent == 0) {
            nextEvent = kernel.dsl.select(DSL.coalesce(DSL.max(DOMAIN_EVENT.ID), 0L)).from(DOMAIN_EVENT).fetchSingle()
                    .value1() + 1_000_000_000L + System.nanoTime() % 1_000_000_000L;
        }
        for (int i = 0; i < count; i++) {
            webhooks.feeder().onEvent(new InteractionLogged(7L, 99L, Channel.PHONE, Direction.INBOUND,
                            Outcome.COMPLETED, clock.instant(), "kernel", null),
                    new EventMetadata(nextEvent++, "kernel:" + InteractionLogged.class.getName(), clock.instant(),
                            "kernel", 1));
        }
        if (endBatch) {
            webhooks.feeder().endOfBatch();
        }
    }

    private List<WebhookDelivery> log(Webhooks webhooks, long subscription) {
        return webhooks.log(subscription, null, Webhooks.MAX_PAGE, admin);
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aBatchOfEventsIsQueuedAtItsEndAndClaimedAtOnceUpToTheLimit() throws Exception {
        Webhooks webhooks = webhooks(4);
        long subscription = subscribe(webhooks, "Batch", receiver());
        feedBatch(webhooks, 30, false);
        assertThat(log(webhooks, subscription)).as("nothing is written event by event").isEmpty();
        webhooks.feeder().endOfBatch();
        assertThat(log(webhooks, subscription)).hasSize(30).extracting(WebhookDelivery::status)
                .containsOnly(Status.PENDING);

        WebhookDeliveries deliveries = new WebhookDeliveries(kernel.dsl);
        Instant until = clock.instant().plusSeconds(9);
        List<WebhookDeliveries.Due> first = deliveries.claimDue(subscription, clock.instant(), until, 20);
        assertThat(first).hasSize(20).extracting(WebhookDeliveries.Due::eventId).isSorted();
        assertThat(deliveries.claimDue(subscription, clock.instant(), until, 20)).as("the rest, not the claimed ones")
                .hasSize(10).extracting(WebhookDeliveries.Due::id).doesNotContainAnyElementsOf(
                        first.stream().map(WebhookDeliveries.Due::id).toList());
        assertThat(deliveries.claimDue(subscription, clock.instant(), until, 20)).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        webhooks.subscriptions().disable(subscription, "Receiver moves", admin);
        assertThat(deliveries.claimDue(subscription, clock.instant(), until.plusSeconds(10), 50))
                .as("a disabled subscription's messages wait").isEmpty();
        webhooks.subscriptions().enable(subscription, admin);
        assertThat(deliveries.claimDue(subscription, clock.instant(), until.plusSeconds(10), 50))
                .as("claims that ran out fall due again").hasSize(30);
    }

    @Test
    void resultsOfManyAttemptsAreWrittenTogether() throws Exception {
        Webhooks webhooks = webhooks(4);
        long subscription = subscribe(webhooks, "Results", receiver());
        feedBatch(webhooks, 3, true);
        WebhookDeliveries deliveries = new WebhookDeliveries(kernel.dsl);
        List<WebhookDeliveries.Due> due = deliveries.claimDue(subscription, clock.instant(),
                clock.instant().plusSeconds(9), 3);
        Instant at = clock.instant();
        deliveries.recordAll(List.of(
                WebhookDeliveries.Result.delivered(due.get(0).id(), new WebhookDeliveries.Outcome(at, 204, 12, null)),
                WebhookDeliveries.Result.retryAt(due.get(1).id(), new WebhookDeliveries.Outcome(at, 500, 30, "HTTP 500"),
                        at.plusSeconds(5)),
                WebhookDeliveries.Result.failed(due.get(2).id(), new WebhookDeliveries.Outcome(at, null, 3000,
                        "No answer within 3 s"))));

        WebhookDelivery delivered = deliveries.find(due.get(0).id()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(at);
        assertThat(delivered.attempts()).isEqualTo(1);
        WebhookDelivery retried = deliveries.find(due.get(1).id()).orElseThrow();
        assertThat(retried.status()).isEqualTo(Status.PENDING);
        assertThat(retried.nextAttemptAt()).isEqualTo(at.plusSeconds(5));
        assertThat(retried.responseStatus()).isEqualTo(500);
        WebhookDelivery failed = deliveries.find(due.get(2).id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.error()).isEqualTo("No answer within 3 s");
        assertThat(failed.nextAttemptAt()).isNull();
    }

    @Test
    void theWindowGrowsWhileTheReceiverIsFastUpToItsCapAndHalvesWhenItStruggles() {
        WebhookWindow window = new WebhookWindow(10);
        assertThat(window.room()).isEqualTo(WebhookWindow.START);
        for (int i = 0; i < 20; i++) {
            window.started();
            window.finished(true);
        }
        assertThat(window.limit()).as("capped").isEqualTo(10);
        window.started();
        window.started();
        assertThat(window.room()).isEqualTo(8);
        window.finished(false);
        assertThat(window.limit()).isEqualTo(5);
        window.finished(false);
        window.started();
        window.finished(false);
        window.started();
        window.finished(false);
        assertThat(window.limit()).as("never below one request").isEqualTo(1);
        assertThat(window.inFlight()).isZero();
        assertThat(new WebhookWindow(2).room()).as("a cap below the start").isEqualTo(2);
        assertThatThrownBy(() -> new WebhookWindow(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFastReceiverGetsSeveralRequestsAtOnceButNeverMoreThanTheCap() throws Exception {
        Webhooks webhooks = webhooks(6);
        Receiver receiver = receiver();
        receiver.delay = Duration.ofMillis(50);
        long subscription = subscribe(webhooks, "Fast", receiver);
        feedBatch(webhooks, 120, true);
        webhooks.sender().start();
        await("every message delivered", Duration.ofSeconds(20), () -> log(webhooks, subscription).stream()
                .allMatch(delivery -> delivery.status() == Status.DELIVERED));
        assertThat(receiver.mostUnderWay()).as("more than the start once it answered fast, never past the cap")
                .isGreaterThan(WebhookWindow.START).isLessThanOrEqualTo(6);
        assertThat(webhooks.sender().window(subscription).orElseThrow().limit()).isEqualTo(6);
    }

    @Test
    void aSlowReceiverDoesNotHoldBackAFastOne() throws Exception {
        Webhooks webhooks = webhooks(6);
        Receiver slow = receiver();
        slow.delay = Duration.ofMillis(1500);
        Receiver fast = receiver();
        long slowSubscription = subscribe(webhooks, "Slow", slow);
        long fastSubscription = subscribe(webhooks, "Fast", fast);
        feedBatch(webhooks, 60, true);
        webhooks.sender().start();

        await("the fast receiver's messages delivered", Duration.ofSeconds(10), () ->
                log(webhooks, fastSubscription).stream().allMatch(delivery -> delivery.status() == Status.DELIVERED));
        assertThat(log(webhooks, slowSubscription).stream().filter(delivery -> delivery.status() == Status.DELIVERED))
                .as("the slow one is still working through its own").hasSizeLessThan(30);
        assertThat(slow.mostUnderWay()).as("slow answers never widen its window").isLessThanOrEqualTo(WebhookWindow.START);
        await("the slow receiver's window narrowed", Duration.ofSeconds(10),
                () -> webhooks.sender().window(slowSubscription).orElseThrow().limit() < WebhookWindow.START);
    }
}
