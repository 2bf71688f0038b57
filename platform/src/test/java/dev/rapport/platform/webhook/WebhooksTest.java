package dev.rapport.platform.webhook;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.WEBHOOK_SUBSCRIPTION;
import static dev.rapport.platform.internal.db.Tables.LEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.event.RetryPolicy;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.mail.SecretBox;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.webhook.WebhookDelivery.Status;
import dev.rapport.sdk.error.ValidationException;
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
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhooksTest {

    private static final WebhookRetrySchedule SHORT = new WebhookRetrySchedule(Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofHours(3));

    @TempDir
    Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

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
        kernel.dsl.deleteFrom(LEASE).where(LEASE.NAME.eq("event-dispatcher")).execute();
    }

    private Webhooks webhooks(java.time.Clock on, EventDispatcher dispatcher) {
        WebhookSubscriptions subscriptions = new WebhookSubscriptions(kernel.dsl, on, new SecretBox(dataDir),
                new WebhookUrlPolicy(true), kernel.audit);
        Webhooks webhooks = new Webhooks(kernel.dsl, on, subscriptions, dispatcher, SHORT,
                new WebhookSender.Settings(4, 2, Duration.ofSeconds(2), Duration.ofDays(30)),
                (subscription, reason) -> notices.add(subscription.name() + ": " + reason), kernel.audit);
        closing.add(webhooks);
        return webhooks;
    }

    private EventDispatcher dispatcher() {
        EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock),
                new Leadership(Kernel.unique("node-"), Duration.ofSeconds(10), Duration.ofMillis(100)), new EventTypes(),
                kernel.outbox, kernel.clock, new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                (owner, what, error) -> { }, kernel.audit);
        TestDatabase.get().afterCommit(dispatcher::wake);
        closing.add(dispatcher);
        return dispatcher;
    }

    private Receiver receiver() throws Exception {
        Receiver receiver = new Receiver();
        closing.add(receiver);
        return receiver;
    }

    /** Hands the feeder an interaction event numbered after every subscription made so far, as the dispatcher would. */
    private long feed(Webhooks webhooks) {
        long newest = kernel.dsl.select(DSL.coalesce(DSL.max(DOMAIN_EVENT.ID), 0L)).from(DOMAIN_EVENT).fetchSingle().value1();
        long id = newest + 1_000_000 + sequence.incrementAndGet();
        feed(webhooks, id);
        return id;
    }

    private void feed(Webhooks webhooks, long id) {
        webhooks.feeder().onEvent(new InteractionLogged(7L, 99L, Channel.PHONE, Direction.INBOUND, Outcome.COMPLETED,
                        clock.instant(), "kernel", null),
                new EventMetadata(id, "kernel:" + InteractionLogged.class.getName(), clock.instant(), "kernel", 1));
        webhooks.feeder().endOfBatch();
    }

    private WebhookDelivery only(Webhooks webhooks, long subscriptionId) {
        List<WebhookDelivery> log = webhooks.log(subscriptionId, null, 10, admin);
        assertThat(log).hasSize(1);
        return log.getFirst();
    }

    private void sendDue(Webhooks webhooks) throws InterruptedException {
        webhooks.sender().deliverDue();
        assertThat(webhooks.sender().awaitIdle(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void anAppendedInteractionArrivesSignedAfterCommit() throws Exception {
        Receiver receiver = receiver();
        EventDispatcher dispatcher = dispatcher();
        Webhooks webhooks = webhooks(kernel.clock, dispatcher);
        WebhookSubscriptions.Issued issued = webhooks.subscriptions().create(new WebhookDraft("CRM sync", receiver.url(),
                List.of("kernel.InteractionLogged")), "kernel", admin);
        webhooks.start();
        dispatcher.start();
        long customerId = kernel.customers.create(Kernel.person("Ada", Kernel.unique("Lovelace")), admin).id();
        kernel.interactions.log(new InteractionDraft(customerId, null, Channel.PHONE, Direction.INBOUND,
                "Asked for a quote", null, Outcome.COMPLETED, kernel.clock.instant(), "kernel"), admin);

        Receiver.Request request = receiver.next(Duration.ofSeconds(20));
        assertThat(request.signature()).isEqualTo("v1," + WebhookSigner.sign(issued.secret(), request.id(),
                Long.parseLong(request.timestamp()), request.body()));
        assertThat(request.body()).contains("\"type\":\"kernel.InteractionLogged\"")
                .contains("\"customerId\":" + customerId);
        assertThat(request.id()).startsWith("msg_");
        // The customer's creation was not subscribed to: only the interaction came.
        Thread.sleep(300);
        assertThat(receiver.received()).isZero();
        WebhookDelivery delivered = only(webhooks, issued.subscription().id());
        assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivered.responseStatus()).isEqualTo(200);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.messageId()).isEqualTo(request.id());
    }

    @Test
    void theSignatureFollowsTheStandardWebhooksSpecification() {
        // The test vector of the Standard Webhooks reference libraries.
        assertThat(WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}")).isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aFailedMessageIsRetriedWithGrowingPausesUnderTheSameId() throws Exception {
        Receiver receiver = receiver();
        Webhooks webhooks = webhooks(clock, dispatcher());
        long subscription = webhooks.subscriptions().create(new WebhookDraft("Flaky", receiver.url(), List.of("*")),
                "kernel", admin).subscription().id();
        feed(webhooks, feed(webhooks));
        assertThat(webhooks.log(subscription, null, 10, admin)).as("the same event twice is one message").hasSize(1);

        receiver.status = 500;
        sendDue(webhooks);
        Receiver.Request first = receiver.next(Duration.ofSeconds(5));
        WebhookDelivery failedOnce = only(webhooks, subscription);
        assertThat(failedOnce.status()).isEqualTo(Status.PENDING);
        assertThat(failedOnce.responseStatus()).isEqualTo(500);
        assertThat(failedOnce.error()).isEqualTo("HTTP 500");
        assertThat(Duration.between(clock.instant(), failedOnce.nextAttemptAt()))
                .isBetween(Duration.ofSeconds(47), Duration.ofSeconds(73));

        sendDue(webhooks);
        assertThat(receiver.received()).as("not due before its pause").isZero();
        clock.advance(Duration.ofSeconds(75));
        sendDue(webhooks);
        receiver.next(Duration.ofSeconds(5));
        WebhookDelivery failedTwice = only(webhooks, subscription);
        assertThat(Duration.between(clock.instant(), failedTwice.nextAttemptAt()))
                .as("the second pause is twice the first, with jitter").isBetween(Duration.ofSeconds(95), Duration.ofSeconds(145));

        receiver.status = 204;
        clock.advance(Duration.ofSeconds(150));
        sendDue(webhooks);
        Receiver.Request third = receiver.next(Duration.ofSeconds(5));
        assertThat(third.id()).isEqualTo(first.id());
        WebhookDelivery delivered = only(webhooks, subscription);
        assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(delivered.responseStatus()).isEqualTo(204);
    }

    @Test
    void afterTheRetryWindowTheSubscriptionIsDisabledWithANoticeAndAReplayDeliversIt() throws Exception {
        Receiver receiver = receiver();
        Webhooks webhooks = webhooks(clock, dispatcher());
        long subscription = webhooks.subscriptions().create(new WebhookDraft("Down", receiver.url(),
                List.of("kernel.*")), "kernel", admin).subscription().id();
        feed(webhooks);
        receiver.status = 503;
        int attempts = 0;
        while (only(webhooks, subscription).status() == Status.PENDING && attempts < 50) {
            sendDue(webhooks);
            attempts++;
            clock.advance(Duration.ofMinutes(75));
        }
        WebhookDelivery failed = only(webhooks, subscription);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        // 1, 2, 4, 8, 16, 32, 60 minutes of pauses fit into three hours: 7 or 8 tries with jitter, as the clock jumps.
        assertThat(failed.attempts()).isBetween(3, 8);
        WebhookSubscription disabled = webhooks.subscriptions().get(subscription, admin);
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).contains("HTTP 503");
        assertThat(notices).singleElement().asString().startsWith("Down: ");
        feed(webhooks);
        assertThat(webhooks.log(subscription, null, 10, admin)).as("a disabled subscription gets no new messages").hasSize(1);

        assertThatThrownBy(() -> webhooks.replay(failed.id(), admin)).isInstanceOf(ValidationException.class);
        receiver.status = 200;
        webhooks.subscriptions().enable(subscription, admin);
        assertThat(webhooks.replay(failed.id(), admin).status()).isEqualTo(Status.PENDING);
        sendDue(webhooks);
        assertThat(receiver.next(Duration.ofSeconds(5)).id()).isEqualTo(failed.messageId());
        assertThat(only(webhooks, subscription).status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void aReplayedMessageIsSentAgainWithItsId() throws Exception {
        Receiver receiver = receiver();
        Webhooks webhooks = webhooks(clock, dispatcher());
        long subscription = webhooks.subscriptions().create(new WebhookDraft("Replay", receiver.url(),
                List.of("kernel.InteractionLogged")), "kernel", admin).subscription().id();
        feed(webhooks);
        sendDue(webhooks);
        Receiver.Request first = receiver.next(Duration.ofSeconds(5));
        WebhookDelivery delivered = only(webhooks, subscription);

        WebhookDelivery replayed = webhooks.replay(delivered.id(), admin);
        assertThat(replayed.status()).isEqualTo(Status.PENDING);
        sendDue(webhooks);
        Receiver.Request again = receiver.next(Duration.ofSeconds(5));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(only(webhooks, subscription).attempts()).isEqualTo(2);
    }

    @Test
    void pendingMessagesResumeAfterARestartAndATakenOneFallsDueAgain() throws Exception {
        Receiver receiver = receiver();
        Webhooks before = webhooks(clock, dispatcher());
        long subscription = before.subscriptions().create(new WebhookDraft("Restart", receiver.url(),
                List.of("kernel.InteractionLogged")), "kernel", admin).subscription().id();
        feed(before);
        feed(before);
        // One message is taken for a request when the node dies: it stays taken for three request timeouts.
        WebhookDeliveries deliveries = new WebhookDeliveries(kernel.dsl);
        assertThat(deliveries.claimDue(subscription, clock.instant(), clock.instant().plusSeconds(6), 1)).hasSize(1);
        before.close();

        Webhooks after = webhooks(clock, dispatcher());
        sendDue(after);
        receiver.next(Duration.ofSeconds(5));
        assertThat(receiver.received()).isZero();
        clock.advance(Duration.ofSeconds(7));
        sendDue(after);
        receiver.next(Duration.ofSeconds(5));
        assertThat(after.log(subscription, null, 10, admin)).extracting(WebhookDelivery::status)
                .containsOnly(Status.DELIVERED);
    }

    @Test
    void badUrlsAndEventTypesAreRefusedOnTheirFields() {
        WebhookSubscriptions strict = new WebhookSubscriptions(kernel.dsl, clock, new SecretBox(dataDir),
                new WebhookUrlPolicy(false), kernel.audit);
        for (String url : List.of("not a url", "ftp://example.com/hook", "http:///hook", "http://user:pw@example.com/",
                "http://127.0.0.1:8080/hook", "http://10.1.2.3/hook", "http://[::1]/hook", "http://169.254.169.254/",
                "https://192.168.0.10/")) {
            assertThatThrownBy(() -> strict.create(new WebhookDraft("x", url, List.of("*")), "kernel", admin))
                    .as(url).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(error -> error.field()).containsExactly("url"));
        }
        assertThatThrownBy(() -> strict.create(new WebhookDraft("x", "https://93.184.215.14/hook",
                List.of("kernel.interactionlogged")), "kernel", admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.messageKey()).containsExactly("validation.webhookEventType"));
        WebhookSubscriptions.Issued issued = strict.create(new WebhookDraft("Public", "https://93.184.215.14/hook",
                List.of("kernel.CustomerCreated", "acquisition.*")), "kernel", admin);
        assertThat(issued.secret()).startsWith("whsec_");
        assertThat(issued.subscription().eventTypes()).containsExactly("kernel.CustomerCreated", "acquisition.*");
        assertThatThrownBy(() -> strict.all(kernel.newActor(dev.rapport.sdk.security.Role.MANAGER, "service")))
                .isInstanceOf(dev.rapport.sdk.error.AccessDeniedException.class);
    }
}
