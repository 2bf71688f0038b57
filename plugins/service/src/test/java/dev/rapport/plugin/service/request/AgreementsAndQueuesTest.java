package dev.rapport.plugin.service.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.service.agreement.Agreement;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.agreement.ServiceCalendar;
import dev.rapport.plugin.service.agreement.Targets;
import dev.rapport.plugin.service.event.ServiceCostRecorded;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueMember;
import dev.rapport.plugin.service.sla.BusinessCalendar;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which agreement a request falls under, how queues assign and count, and what the service refuses: an illegal
 * status change, a stale edit, a read-only user.
 */
class AgreementsAndQueuesTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-12-07T08:00:00Z");

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final AgreementService agreements = plugin.service(AgreementService.class);
    private final CustomerInfo customer = plugin.customer();

    @BeforeEach
    void onMondayMorningAsTheManager() {
        plugin.setClock(MONDAY_9);
        plugin.actAs(plugin.manager);
    }

    private long open(Queue queue, CustomerInfo who, Long productId, String category, Priority priority) {
        return requests.open(new RequestDraft(who.id(), null, queue.id(), "Card blocked", null, Channel.PHONE, category,
                priority, productId, null));
    }

    private static Map<Priority, Targets> targets(long responseMinutes, long resolutionMinutes) {
        Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            targets.put(priority, Targets.ofMinutes(responseMinutes, resolutionMinutes));
        }
        return targets;
    }

    @Test
    void aCustomersProductAgreementComesBeforeTheirGeneralOneAndThatBeforeTheDefault() {
        plugin.actAs(plugin.manager);
        long allDay = agreements.saveCalendar(new ServiceCalendar(0, kernel.unique("24/7 "), ZoneOffset.UTC,
                BusinessCalendar.allDay(ZoneOffset.UTC).windows(), Map.of(), 0));
        long forCards = agreements.saveAgreement(new Agreement(0, "Gold card premium", customer.id(), 2L, Set.of("cards"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), allDay, targets(15, 60), 0));
        long general = agreements.saveAgreement(new Agreement(0, "Premium", customer.id(), null, Set.of(),
                LocalDate.of(2026, 1, 1), null, allDay, targets(30, 120), 0));
        Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());

        ServiceRequest card = requests.get(open(queue, customer, 2L, "cards", Priority.NORMAL));
        ServiceRequest other = requests.get(open(queue, customer, 1L, "cards", Priority.NORMAL));
        ServiceRequest stranger = requests.get(open(queue, plugin.customer(), 2L, "cards", Priority.NORMAL));

        assertThat(card.agreementId()).isEqualTo(forCards);
        assertThat(card.clocks().response().due()).as("around the clock").isEqualTo(MONDAY_9.plus(Duration.ofMinutes(15)));
        assertThat(other.agreementId()).isEqualTo(general);
        assertThat(agreements.agreement(stranger.agreementId()).isDefault()).isTrue();

        plugin.setClock(Instant.parse("2027-01-04T08:00:00Z"));
        ServiceRequest nextYear = requests.get(open(queue, customer, 2L, "cards", Priority.NORMAL));
        assertThat(nextYear.agreementId()).as("the card agreement ended in 2026").isEqualTo(general);

        // The agreement changes mid-flight: the time spent so far is kept under the new terms.
        plugin.setClock(MONDAY_9.plus(Duration.ofMinutes(10)));
        requests.changeAgreement(card.id(), card.version(), general);
        assertThat(requests.get(card.id()).clocks().response().due()).isEqualTo(MONDAY_9.plus(Duration.ofMinutes(30)));
    }

    @Test
    void agreementsAndCalendarsAreCheckedFieldByField() {
        plugin.actAs(plugin.manager);
        assertThatThrownBy(() -> agreements.saveAgreement(new Agreement(0, " ", customer.id(), null, Set.of(),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1), 0, Map.of(Priority.LOW, Targets.ofMinutes(60, 30)), 0)))
                .isInstanceOfSatisfying(ValidationException.class, error -> assertThat(error.errors())
                        .extracting(FieldError::field, FieldError::messageKey).contains(
                                org.assertj.core.groups.Tuple.tuple("name", "service.validation.required"),
                                org.assertj.core.groups.Tuple.tuple("validTo", "service.validation.endBeforeStart"),
                                org.assertj.core.groups.Tuple.tuple("calendar", "service.validation.required"),
                                org.assertj.core.groups.Tuple.tuple("targets.LOW", "service.validation.resolutionBeforeResponse"),
                                org.assertj.core.groups.Tuple.tuple("targets.URGENT", "service.validation.targetRequired")));
        assertThatThrownBy(() -> agreements.saveCalendar(new ServiceCalendar(0, "Closed", ZoneOffset.UTC, Map.of(), Map.of(), 0)))
                .isInstanceOfSatisfying(ValidationException.class, error -> assertThat(error.errors())
                        .extracting(FieldError::field).containsExactly("windows"));
        plugin.actAs(plugin.agent("Agnes Agent"));
        assertThatThrownBy(() -> agreements.saveCalendar(agreements.calendars().getFirst()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void roundRobinTakesTurnsAndSkillQueuesPickThoseWhoKnowTheCategory() {
        UserInfo first = plugin.agent("Ann Agent");
        UserInfo second = plugin.agent("Ben Agent");
        Queue roundRobin = plugin.queue(AssignmentMode.ROUND_ROBIN,
                List.of(new QueueMember(first.id(), Set.of()), new QueueMember(second.id(), Set.of())));
        Queue bySkill = plugin.queue(AssignmentMode.SKILL,
                List.of(new QueueMember(first.id(), Set.of("cards")), new QueueMember(second.id(), Set.of("loans"))));

        assertThat(List.of(open(roundRobin, customer, null, null, Priority.LOW), open(roundRobin, customer, null, null, Priority.LOW),
                open(roundRobin, customer, null, null, Priority.LOW)).stream().map(id -> requests.get(id).assigneeId()))
                .containsExactly(first.id(), second.id(), first.id());
        ServiceRequest loans = requests.get(open(bySkill, customer, null, "loans", Priority.LOW));
        assertThat(loans.assigneeId()).isEqualTo(second.id());
        assertThat(loans.status()).isEqualTo(RequestStatus.ASSIGNED);
        ServiceRequest unknown = requests.get(open(bySkill, customer, null, "mortgages", Priority.LOW));
        assertThat(unknown.assigneeId()).isNull();
        assertThat(unknown.status()).isEqualTo(RequestStatus.NEW);
    }

    @Test
    void aQueueListsSoonestDueFirstPageByPageAndCountsByStatusAndSlaState() {
        Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
        long low = open(queue, customer, null, null, Priority.LOW);
        long urgent = open(queue, customer, null, null, Priority.URGENT);
        long normal = open(queue, customer, null, null, Priority.NORMAL);
        long waiting = open(queue, customer, null, null, Priority.HIGH);
        requests.changeStatus(waiting, requests.get(waiting).version(), RequestStatus.WAITING_ON_CUSTOMER, null);

        List<ServiceRequest> firstPage = requests.page(queue.id(), RequestStatus.OPEN, null, 2);
        List<ServiceRequest> secondPage = requests.page(queue.id(), RequestStatus.OPEN, firstPage.getLast(), 2);
        assertThat(firstPage).extracting(ServiceRequest::id).containsExactly(urgent, normal);
        assertThat(secondPage).extracting(ServiceRequest::id).containsExactly(low, waiting);

        requests.changePriority(normal, requests.get(normal).version(), Priority.URGENT);
        plugin.clock.advance(Duration.ofHours(2));
        requests.changePriority(urgent, requests.get(urgent).version(), Priority.URGENT); // 2 h spent: breached
        QueueCounts counts = requests.counts(queue.id());
        assertThat(counts.byStatus()).containsEntry(RequestStatus.NEW, 3).containsEntry(RequestStatus.WAITING_ON_CUSTOMER, 1);
        assertThat(counts.open()).isEqualTo(4);
        assertThat(counts.paused()).isEqualTo(1);
        assertThat(counts.breached()).isEqualTo(1);
        assertThat(counts.onTrack()).isEqualTo(2);
    }

    @Test
    void loggedTimeIsRecordedAsCostToServeAtTheQueuesRate() {
        Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
        long id = open(queue, customer, null, null, Priority.NORMAL);
        requests.logTime(id, 45);
        assertThat(requests.get(id).minutesLogged()).isEqualTo(45);
        assertThat(kernel.recorded().events(ServiceCostRecorded.class)).filteredOn(event -> event.requestId() == id)
                .singleElement().satisfies(cost -> {
                    assertThat(cost.amount()).isEqualByComparingTo(new BigDecimal("45.00"));
                    assertThat(cost.currency()).isEqualTo("EUR");
                    assertThat(cost.customerId()).isEqualTo(customer.id());
                });
    }

    @Test
    void theWorkflowRefusesIllegalStepsStaleEditsAndReadOnlyUsers() {
        Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
        long id = open(queue, customer, null, null, Priority.NORMAL);
        ServiceRequest opened = requests.get(id);
        requests.changeStatus(id, opened.version(), RequestStatus.RESOLVED, null);
        assertThatThrownBy(() -> requests.changeStatus(id, opened.version(), RequestStatus.CLOSED, null))
                .as("saved on a version someone else changed").isInstanceOf(ConcurrentEditException.class);
        int resolved = requests.get(id).version();
        requests.changeStatus(id, resolved, RequestStatus.CLOSED, null);
        assertThatThrownBy(() -> requests.changeStatus(id, resolved + 1, RequestStatus.IN_PROGRESS, null))
                .isInstanceOfSatisfying(ValidationException.class, error -> assertThat(error.errors())
                        .extracting(FieldError::messageKey).containsExactly("service.validation.transition"));
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(requests.get(id).closedAt()).isEqualTo(MONDAY_9);

        plugin.actAs(kernel.createUser("Rita Reader", Role.READ_ONLY, "service"));
        assertThatThrownBy(() -> open(queue, customer, null, null, Priority.LOW)).isInstanceOf(AccessDeniedException.class);
        assertThat(RequestStatus.CLOSED.next()).isEmpty();
    }
}
