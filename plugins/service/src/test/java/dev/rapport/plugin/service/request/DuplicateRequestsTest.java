package dev.rapport.plugin.service.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.sla.ClockPhase;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Likely duplicates (same customer, open, similar subject, opened within the window) and their merge against the real
 * kernel: notes, replies, logged time and documents move, the duplicate is closed with its clocks stopped and a link,
 * both histories say who merged; a stale version, another customer's or a closed request are refused.
 */
class DuplicateRequestsTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-12-07T08:00:00Z");

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final DuplicateRequests duplicates = plugin.service(DuplicateRequests.class);
    private final Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
    private final CustomerInfo customer = plugin.customer();
    private final UserInfo agent = plugin.agent("Dana Duplicate");

    @BeforeEach
    void actAsAgent() {
        plugin.setClock(MONDAY_9);
        plugin.actAs(agent);
    }

    private ServiceRequest open(CustomerInfo of, String subject) {
        return requests.get(requests.open(new RequestDraft(of.id(), null, queue.id(), subject, null, Channel.EMAIL,
                null, Priority.NORMAL, null, null)));
    }

    @Test
    void onlyOpenRequestsOfTheSameCustomerWithASimilarSubjectWithinTheWindowAreLikelyDuplicates() {
        ServiceRequest first = open(customer, "Printer does not print");
        ServiceRequest similar = open(customer, "Re: printer does not print!");
        open(customer, "Change my address");
        open(plugin.customer(), "Printer does not print");
        ServiceRequest resolved = open(customer, "Printer does not print at all");
        requests.changeStatus(resolved.id(), resolved.version(), RequestStatus.RESOLVED, null);
        plugin.clock.advance(requests.settings().duplicateWindow().plus(Duration.ofHours(1)));
        open(customer, "Printer does not print");

        assertThat(duplicates.of(requests.get(first.id()))).extracting(ServiceRequest::id).containsExactly(similar.id());
    }

    @Test
    void mergingMovesTheWorkAndClosesTheDuplicateWithALink() {
        ServiceRequest into = open(customer, "Card declined");
        ServiceRequest duplicate = open(customer, "Card declined again");
        requests.addNote(duplicate.id(), "Customer called from abroad.");
        requests.logTime(duplicate.id(), 20);
        requests.logTime(into.id(), 10);
        kernel.context().documents().attach(DuplicateRequests.DOCUMENT_TYPE, String.valueOf(duplicate.id()),
                customer.id(), "statement.txt", new ByteArrayInputStream("card ending 1234".getBytes(StandardCharsets.UTF_8)));
        plugin.clock.advance(Duration.ofMinutes(30));

        duplicates.merge(duplicate.id(), requests.get(duplicate.id()).version(), into.id(), requests.get(into.id()).version());

        ServiceRequest closed = requests.get(duplicate.id());
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.mergedIntoId()).isEqualTo(into.id());
        assertThat(closed.closedAt()).isEqualTo(MONDAY_9.plus(Duration.ofMinutes(30)));
        assertThat(closed.clocks().resolution().phase()).isEqualTo(ClockPhase.STOPPED);
        assertThat(closed.minutesLogged()).isZero();
        assertThat(requests.history(duplicate.id(), 0, 50)).extracting(HistoryEntry::kind)
                .doesNotContain(HistoryKind.NOTE, HistoryKind.TIME_LOGGED).contains(HistoryKind.MERGED);
        assertThat(requests.history(duplicate.id(), 0, 50)).filteredOn(entry -> entry.kind() == HistoryKind.MERGED)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.toValue()).isEqualTo("#" + into.id());
                    assertThat(entry.actorUserId()).isEqualTo(agent.id());
                });

        ServiceRequest survivor = requests.get(into.id());
        assertThat(survivor.minutesLogged()).isEqualTo(30);
        assertThat(survivor.status().isOpen()).isTrue();
        assertThat(requests.history(into.id(), 0, 50)).extracting(HistoryEntry::kind)
                .contains(HistoryKind.NOTE, HistoryKind.MERGED_IN)
                .filteredOn(kind -> kind == HistoryKind.TIME_LOGGED).hasSize(2);
        assertThat(requests.history(into.id(), 0, 50)).filteredOn(entry -> entry.kind() == HistoryKind.NOTE)
                .extracting(HistoryEntry::detail).containsExactly("Customer called from abroad.");
        assertThat(kernel.context().documents().list(DuplicateRequests.DOCUMENT_TYPE, String.valueOf(duplicate.id())))
                .isEmpty();
        assertThat(kernel.context().documents().list(DuplicateRequests.DOCUMENT_TYPE, String.valueOf(into.id())))
                .extracting(DocumentInfo::fileName).containsExactly("statement.txt");
        assertThat(duplicates.of(survivor)).isEmpty();
    }

    @Test
    void aMergeOnAStaleVersionOrOfTheWrongRequestsIsRefusedAndChangesNothing() {
        ServiceRequest into = open(customer, "Login fails");
        ServiceRequest duplicate = open(customer, "Login fails");
        requests.addNote(duplicate.id(), "Tried twice.");
        ServiceRequest stranger = open(plugin.customer(), "Login fails");

        assertThatThrownBy(() -> duplicates.merge(duplicate.id(), duplicate.version(), into.id(), into.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> duplicates.merge(into.id(), into.version(), into.id(), into.version()))
                .isInstanceOfSatisfying(ValidationException.class, refused ->
                        assertThat(refused.errors().getFirst().messageKey()).isEqualTo("service.validation.mergeSelf"));
        assertThatThrownBy(() -> duplicates.merge(stranger.id(), stranger.version(), into.id(), into.version()))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors().getFirst()
                        .messageKey()).isEqualTo("service.validation.mergeOtherCustomer"));
        requests.changeStatus(into.id(), into.version(), RequestStatus.RESOLVED, null);
        ServiceRequest current = requests.get(duplicate.id());
        assertThatThrownBy(() -> duplicates.merge(current.id(), current.version(), into.id(),
                requests.get(into.id()).version())).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(refused.errors().getFirst().messageKey()).isEqualTo("service.validation.mergeNotOpen"));

        assertThat(requests.get(duplicate.id()).status().isOpen()).isTrue();
        assertThat(requests.history(duplicate.id(), 0, 50)).extracting(HistoryEntry::kind).contains(HistoryKind.NOTE)
                .doesNotContain(HistoryKind.MERGED);
    }
}
