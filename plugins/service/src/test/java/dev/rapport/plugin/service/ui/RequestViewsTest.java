package dev.rapport.plugin.service.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.DuplicateRequests;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.rma.Rma;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.rma.RmaStatus;
import dev.rapport.plugin.service.survey.SurveyService;
import dev.rapport.plugin.service.ui.rma.RmaListView;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.plugin.service.ui.customer.CustomerServiceTab;
import dev.rapport.plugin.service.ui.customer.ServiceFacts;
import dev.rapport.plugin.service.ui.queue.QueueView;
import dev.rapport.plugin.service.ui.request.ClockBar;
import dev.rapport.plugin.service.ui.request.RequestDetailView;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's screens in a mocked browser: the request page's clock bars (running, then paused after a reply that
 * waits on the customer), its refusal of an empty reply on the field, the queue's counts and order, and the 360°
 * tab turning a logged email into a request.
 */
class RequestViewsTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-12-07T08:00:00Z");

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
    private final CustomerInfo customer = plugin.customer();

    @BeforeEach
    void actAsAgent() {
        plugin.setClock(MONDAY_9);
        plugin.actAs(plugin.agent("Vera View"));
    }

    private long open(Priority priority) {
        return requests.open(new RequestDraft(customer.id(), null, queue.id(), "Card declined", null, Channel.PHONE,
                null, priority, null, null));
    }

    private RequestDetailView show(long id) {
        RequestDetailView view = new RequestDetailView(plugin.context, requests, plugin.service(RmaService.class),
                plugin.service(SurveyService.class), plugin.service(DuplicateRequests.class));
        UI.getCurrent().add(view);
        view.show(id);
        return view;
    }

    @Test
    void theRequestPageShowsItsClocksAndAReplyThatWaitsOnTheCustomerPausesThem() {
        long id = open(Priority.NORMAL);
        show(id);
        plugin.clock.advance(Duration.ofMinutes(30));
        assertThat(_get(ClockBar.class, spec -> spec.withId("request-clock-response")).state()).isEqualTo(ClockBar.State.RUNNING);

        _click(_get(Button.class, spec -> spec.withId("request-reply")));
        assertThat(_get(TextArea.class, spec -> spec.withId("request-text")).getErrorMessage()).isEqualTo("Required");

        _get(TextArea.class, spec -> spec.withId("request-text")).setValue("Could you send us the card’s last digits?");
        @SuppressWarnings("unchecked")
        Select<RequestStatus> then = _get(Select.class, spec -> spec.withId("request-reply-then"));
        then.setValue(RequestStatus.WAITING_ON_CUSTOMER);
        _click(_get(Button.class, spec -> spec.withId("request-reply")));

        assertThat(_get(ClockBar.class, spec -> spec.withId("request-clock-response")).state()).isEqualTo(ClockBar.State.MET);
        assertThat(_get(ClockBar.class, spec -> spec.withId("request-clock-resolution")).state()).isEqualTo(ClockBar.State.PAUSED);
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).isEqualTo("Waiting on customer");
        Grid<?> history = _get(Grid.class, spec -> spec.withId("request-history"));
        assertThat(GridKt._size(history)).isEqualTo(4); // opened, reply, status, clocks paused
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.WAITING_ON_CUSTOMER);
    }

    @Test
    void aLikelyDuplicateIsMergedIntoTheRequestOnlyAfterTheAgentConfirms() {
        long kept = open(Priority.NORMAL);
        long duplicate = open(Priority.HIGH);
        show(kept);
        _click(_get(Button.class, spec -> spec.withId("merge-" + duplicate)));
        ConfirmDialog question = _get(ConfirmDialog.class, spec -> spec.withId("service-confirm-merge"));
        assertThat(getText(question)).startsWith("Merge #" + duplicate + " Card declined into #" + kept + "?");
        assertThat(requests.get(duplicate).status()).isEqualTo(RequestStatus.NEW);

        _fireConfirm(question);

        assertThat(requests.get(duplicate).mergedIntoId()).isEqualTo(kept);
        assertThat(requests.get(duplicate).status()).isEqualTo(RequestStatus.CLOSED);
        _assertNone(Button.class, spec -> spec.withId("merge-" + duplicate));
        show(duplicate);
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-merged-into")).getText())
                .startsWith("Merged as a duplicate into");
    }

    @Test
    void theQueueCountsItsRequestsAndListsTheSoonestDueFirst() {
        long normal = open(Priority.NORMAL);
        long urgent = open(Priority.URGENT);
        QueueView view = new QueueView(plugin.context, requests, plugin.service(QueueService.class));
        UI.getCurrent().add(view);
        @SuppressWarnings("unchecked")
        Select<Queue> select = _get(Select.class, spec -> spec.withId("queue-select"));
        select.setValue(queue);
        assertThat(_get(Span.class, spec -> spec.withId("queue-count-open")).getText()).isEqualTo("Open: 2");
        assertThat(_get(Span.class, spec -> spec.withId("queue-count-onTrack")).getText()).isEqualTo("On track: 2");
        @SuppressWarnings("unchecked")
        Grid<ServiceRequest> grid = _get(Grid.class, spec -> spec.withId("queue-grid"));
        assertThat(List.of(GridKt._get(grid, 0).id(), GridKt._get(grid, 1).id())).containsExactly(urgent, normal);
    }

    @Test
    void aLoggedEmailBecomesARequestFromTheCustomerTabAndTheHeaderCountsIt() {
        plugin.context.interactions().append(new NewInteraction(customer.id(), null, Channel.EMAIL, Direction.INBOUND,
                "Wrong interest on my statement", "The rate should be 2 %.", Outcome.COMPLETED, MONDAY_9));
        UI.getCurrent().add(new CustomerServiceTab(plugin.context, requests, plugin.service(QueueService.class))
                .createContent(customer));
        Grid<?> contacts = _get(Grid.class, spec -> spec.withId("service-tab-contacts"));
        _click((Button) GridKt._getCellComponent(contacts, 0, "make"));
        assertThat(_get(TextField.class, spec -> spec.withId("new-request-subject")).getValue())
                .isEqualTo("Wrong interest on my statement");
        _click(_get(Button.class, spec -> spec.withId("new-request-save")));

        List<ServiceRequest> made = requests.ofCustomer(customer.id(), 10);
        assertThat(made).singleElement().satisfies(request -> {
            assertThat(request.subject()).isEqualTo("Wrong interest on my statement");
            assertThat(request.channel()).isEqualTo(Channel.EMAIL);
            assertThat(request.originInteractionId()).isNotNull();
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isEqualTo(ServiceNavigation.request(request.id()));
        });
        assertThat(new ServiceFacts(plugin.context, requests, plugin.service(SurveyService.class)).facts(customer, Locale.ENGLISH))
                .extracting(CustomerFact::label, CustomerFact::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Open requests", "1"));
    }

    @Test
    void aReturnIsRequestedOnTheRequestPageWithItsReasonRequiredAndListedAmongTheReturns() {
        long id = open(Priority.NORMAL);
        show(id);
        _click(_get(Button.class, spec -> spec.withId("rma-request")));
        assertThat(_get(TextArea.class, spec -> spec.withId("rma-reason")).getErrorMessage()).isEqualTo("Required");

        _get(TextArea.class, spec -> spec.withId("rma-reason")).setValue("Card reader broken");
        _click(_get(Button.class, spec -> spec.withId("rma-request")));

        @SuppressWarnings("unchecked")
        Grid<Rma> rmas = _get(Grid.class, spec -> spec.withId("rma-grid"));
        assertThat(GridKt._get(rmas, 0).status()).isEqualTo(RmaStatus.REQUESTED);
        assertThat(_get(Span.class, spec -> spec.withId("rma-coverage")).getText())
                .isEqualTo("Not covered by warranty or an agreement");
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new RmaListView(plugin.context, plugin.service(RmaService.class)));
        @SuppressWarnings("unchecked")
        Grid<Rma> list = _get(Grid.class, spec -> spec.withId("rmas-grid"));
        assertThat(GridKt._get(list, 0).requestId()).isEqualTo(id);
    }
}
