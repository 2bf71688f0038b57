package dev.rapport.plugin.service.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.event.RequestOpened;
import dev.rapport.plugin.service.event.RequestResolved;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.sla.ClockPhase;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request's life against the real database, on the standard agreement (Europe/Berlin, weekdays 09:00-17:00;
 * normal priority: first response within 4 h, resolution within 16 h): opened from an email, answered, waiting on
 * the customer (the clocks pause), resumed by the customer's reply (once, however often the event comes), resolved;
 * priority changes keep the time spent; a late reply reopens a resolved request only within the reopen window.
 */
class RequestLifecycleTest {

    private static final AtomicLong INTERACTION_IDS = new AtomicLong(900_000);
    /** Monday 7 December 2026, 09:00 in Berlin. */
    private static final Instant MONDAY_9 = Instant.parse("2026-12-07T08:00:00Z");

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final CustomerReplies replies = plugin.service(CustomerReplies.class);
    private final UserInfo agent = plugin.agent("Alex Agent");
    private final Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
    private final CustomerInfo customer = plugin.customer();

    private ServiceRequest openFromEmail() {
        plugin.setClock(MONDAY_9);
        plugin.actAs(agent);
        InteractionInfo email = new InteractionInfo(INTERACTION_IDS.incrementAndGet(), customer.id(), null, Channel.EMAIL,
                Direction.INBOUND, "Printer does not print", "Since this morning nothing comes out.", Outcome.COMPLETED,
                MONDAY_9.minusSeconds(600), "kernel", null, null);
        return requests.get(requests.openFromInteraction(email, queue.id(), "hardware", Priority.NORMAL));
    }

    private List<Long> customerWrites(Instant at) {
        return replies.handle(new InteractionLogged(customer.id(), INTERACTION_IDS.incrementAndGet(), Channel.EMAIL,
                Direction.INBOUND, Outcome.COMPLETED, at, "kernel", null));
    }

    @Test
    void theClocksPauseWhileWaitingOnTheCustomerAndTheirReplyResumesThemOnce() {
        ServiceRequest opened = openFromEmail();
        assertThat(opened.status()).isEqualTo(RequestStatus.NEW);
        assertThat(opened.clocks().response().due()).isEqualTo(Instant.parse("2026-12-07T12:00:00Z")); // Mon 13:00
        assertThat(opened.clocks().resolution().due()).isEqualTo(Instant.parse("2026-12-08T16:00:00Z")); // Tue 17:00
        assertThat(kernel.recorded().events(RequestOpened.class)).extracting(RequestOpened::requestId).contains(opened.id());

        plugin.clock.advance(Duration.ofHours(1));
        requests.reply(opened.id(), opened.version(), "We are looking into it: which model is it?",
                RequestStatus.WAITING_ON_CUSTOMER);
        ServiceRequest waiting = requests.get(opened.id());
        assertThat(waiting.status()).isEqualTo(RequestStatus.WAITING_ON_CUSTOMER);
        assertThat(waiting.firstResponseAt()).isEqualTo(MONDAY_9.plus(Duration.ofHours(1)));
        assertThat(waiting.clocks().response().phase()).isEqualTo(ClockPhase.STOPPED);
        assertThat(waiting.clocks().resolution().phase()).isEqualTo(ClockPhase.PAUSED);
        assertThat(waiting.clocks().resolution().spent()).isEqualTo(Duration.ofHours(1));
        assertThat(kernel.recorded().interactions()).anySatisfy(appended -> {
            assertThat(appended.customerId()).isEqualTo(customer.id());
            assertThat(appended.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(appended.subject()).isEqualTo("Re: Printer does not print");
        });

        // The customer answers on Tuesday at 10:00 Berlin time: a day of waiting costs nothing.
        plugin.setClock(Instant.parse("2026-12-08T09:00:00Z"));
        Instant answeredAt = plugin.clock.instant();
        assertThat(customerWrites(answeredAt)).containsExactly(opened.id());
        ServiceRequest resumed = requests.get(opened.id());
        assertThat(resumed.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        // 15 h left from Tuesday 10:00: 7 h on Tuesday, 8 h on Wednesday, due Wednesday 17:00.
        assertThat(resumed.clocks().resolution().due()).isEqualTo(Instant.parse("2026-12-09T16:00:00Z"));
        long interactionId = INTERACTION_IDS.get();
        InteractionLogged again = new InteractionLogged(customer.id(), interactionId, Channel.EMAIL, Direction.INBOUND,
                Outcome.COMPLETED, answeredAt, "kernel", null);
        assertThat(replies.handle(again)).as("the same interaction delivered again").isEmpty();

        plugin.clock.advance(Duration.ofHours(2));
        requests.changeStatus(opened.id(), resumed.version(), RequestStatus.RESOLVED, "Driver reinstalled");
        assertThat(kernel.recorded().events(RequestResolved.class)).filteredOn(event -> event.requestId() == opened.id())
                .singleElement().satisfies(resolved -> {
                    assertThat(resolved.businessMinutesToResolve()).isEqualTo(180);
                    assertThat(resolved.slaMet()).isTrue();
                });
        assertThat(requests.history(opened.id(), 0, 100)).extracting(HistoryEntry::kind).containsExactly(
                HistoryKind.OPENED, HistoryKind.REPLY, HistoryKind.STATUS, HistoryKind.CLOCK_PAUSED,
                HistoryKind.CUSTOMER_REPLY, HistoryKind.STATUS, HistoryKind.CLOCK_RESUMED, HistoryKind.STATUS);
    }

    @Test
    void aPriorityChangeKeepsTheTimeSpentAndPausesOnRunningOrWaitingClocks() {
        ServiceRequest opened = openFromEmail();
        plugin.clock.advance(Duration.ofHours(2)); // Monday 11:00
        requests.changePriority(opened.id(), opened.version(), Priority.URGENT); // 1 h response, 4 h resolution
        ServiceRequest urgent = requests.get(opened.id());
        assertThat(urgent.clocks().response().breachedAt()).as("2 h spent on a 1 h target").isEqualTo(plugin.clock.instant());
        assertThat(urgent.clocks().resolution().due()).isEqualTo(Instant.parse("2026-12-07T12:00:00Z")); // 2 h left

        plugin.clock.advance(Duration.ofMinutes(30));
        requests.changeStatus(opened.id(), urgent.version(), RequestStatus.WAITING_ON_THIRD_PARTY, null);
        ServiceRequest waiting = requests.get(opened.id());
        requests.changePriority(opened.id(), waiting.version(), Priority.HIGH); // 8 h resolution
        ServiceRequest high = requests.get(opened.id());
        assertThat(high.clocks().resolution().phase()).isEqualTo(ClockPhase.PAUSED);
        assertThat(high.clocks().resolution().spent()).isEqualTo(Duration.ofMinutes(150));
        assertThat(high.clocks().resolution().target()).isEqualTo(Duration.ofHours(8));

        plugin.setClock(Instant.parse("2026-12-08T08:00:00Z")); // Tuesday 09:00
        requests.changeStatus(opened.id(), high.version(), RequestStatus.IN_PROGRESS, null);
        // 5.5 h left from Tuesday 09:00: due 14:30 Berlin.
        assertThat(requests.get(opened.id()).clocks().resolution().due()).isEqualTo(Instant.parse("2026-12-08T13:30:00Z"));
        assertThat(requests.history(opened.id(), 0, 100)).extracting(HistoryEntry::kind)
                .filteredOn(kind -> kind == HistoryKind.PRIORITY).hasSize(2);
    }

    @Test
    void aReplyWithinTheReopenWindowReopensTheResolvedRequestAndItsClockRunsOnFromItsSpentTime() {
        ServiceRequest opened = openFromEmail();
        plugin.clock.advance(Duration.ofHours(3));
        requests.changeStatus(opened.id(), opened.version(), RequestStatus.RESOLVED, null);

        plugin.clock.advance(Duration.ofHours(24));
        assertThat(customerWrites(plugin.clock.instant())).containsExactly(opened.id());
        ServiceRequest reopened = requests.get(opened.id());
        assertThat(reopened.status()).isEqualTo(RequestStatus.REOPENED);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.clocks().resolution().phase()).isEqualTo(ClockPhase.RUNNING);
        assertThat(reopened.clocks().resolution().spent()).isEqualTo(Duration.ofHours(3));

        requests.changeStatus(opened.id(), reopened.version(), RequestStatus.RESOLVED, null);
        plugin.clock.advance(Duration.ofDays(4));
        assertThat(customerWrites(plugin.clock.instant())).as("after the 72 h window").isEmpty();
        assertThat(requests.get(opened.id()).status()).isEqualTo(RequestStatus.RESOLVED);
    }
}
