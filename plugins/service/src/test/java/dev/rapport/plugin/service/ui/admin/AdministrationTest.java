package dev.rapport.plugin.service.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.ServicePermissions;
import dev.rapport.plugin.service.ServiceSettingsForm;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.agreement.ServiceCalendar;
import dev.rapport.plugin.service.api.ServiceApi;
import dev.rapport.plugin.service.api.ServiceResource;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administration and integration: the administration page only for those with {@code service.administer-setup}
 * (managers by default), a calendar form that names bad working hours on their field and stores holidays, deletes
 * refused while something still uses the record, the settings' cross-field checks, the permission defaults, and
 * the REST resource's pages, reads and creates.
 */
class AdministrationTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final UserInfo agent = plugin.agent("Alex Agent");

    private List<String> activeViews() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(view -> view.getClass().getSimpleName()).toList();
    }

    @Test
    void theAdministrationPageIsForManagersAndItsCalendarFormNamesBadHoursOnTheirField() {
        kernel.signIn(agent);
        assertThat(kernel.context().security().hasPermission(ServicePermissions.ADMINISTER)).isFalse();
        assertThat(kernel.context().security().hasPermission(ServicePermissions.APPROVE_RMA)).isFalse();
        assertThat(kernel.context().security().hasPermission(ServicePermissions.CLOSE_REQUEST)).isTrue();
        ui.open(ServiceNavigation.ADMIN);
        assertThat(activeViews()).contains("AccessDeniedView");

        kernel.signIn(plugin.manager);
        ui.open(ServiceNavigation.ADMIN);
        assertThat(activeViews()).contains("ServiceAdminView");
        _get(TabSheet.class, spec -> spec.withId("service-admin-tabs")).setSelectedIndex(1);
        _click(_get(Button.class, spec -> spec.withId("admin-new-calendar")));
        String name = kernel.unique("Support hours ");
        _get(TextField.class, spec -> spec.withId("calendar-name")).setValue(name);
        _get(TextField.class, spec -> spec.withId("calendar-monday")).setValue("9-5");
        _click(_get(Button.class, spec -> spec.withId("service-admin-save")));
        TextField monday = _get(TextField.class, spec -> spec.withId("calendar-monday"));
        assertThat(monday.isInvalid()).isTrue();
        assertThat(monday.getErrorMessage()).isEqualTo("Working hours such as 09:00-12:00, 13:00-17:00");

        monday.setValue("08:00-12:00, 13:00-17:00");
        _get(TextArea.class, spec -> spec.withId("calendar-holidays")).setValue("2026-12-25 Christmas Day\n\n2026-12-26 Boxing Day");
        _click(_get(Button.class, spec -> spec.withId("service-admin-save")));

        assertThat(_find(Button.class, spec -> spec.withId("service-admin-save"))).as("the dialog closed").isEmpty();
        ServiceCalendar saved = plugin.service(AgreementService.class).calendars().stream()
                .filter(calendar -> calendar.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.holidays()).containsEntry(LocalDate.of(2026, 12, 25), "Christmas Day").hasSize(2);
        assertThat(saved.windows().get(java.time.DayOfWeek.MONDAY)).hasSize(2);
    }

    @Test
    void recordsStillInUseAreNotDeletedAndOthersAre() {
        plugin.actAs(plugin.manager);
        AgreementService agreements = plugin.service(AgreementService.class);
        QueueService queues = plugin.service(QueueService.class);
        Queue used = plugin.queue(AssignmentMode.MANUAL, List.of());
        Queue unused = plugin.queue(AssignmentMode.MANUAL, List.of());
        CustomerInfo customer = plugin.customer();
        plugin.service(RequestService.class).open(new RequestDraft(customer.id(), null, used.id(), "Broken", null,
                Channel.PHONE, null, Priority.NORMAL, null, null));
        long standardCalendar = agreements.calendars().getFirst().id();
        long defaultAgreement = agreements.page(0, 10).stream().filter(a -> a.isDefault()).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> queues.delete(used.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("service.admin.inUse"));
        assertThatThrownBy(() -> agreements.deleteCalendar(standardCalendar)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> agreements.deleteAgreement(defaultAgreement)).isInstanceOf(ValidationException.class);
        queues.delete(unused.id());
        assertThat(queues.all()).extracting(Queue::id).contains(used.id()).doesNotContain(unused.id());

        plugin.actAs(agent);
        assertThatThrownBy(() -> queues.delete(used.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSettingsFormRefusesStatusesThatCannotPauseAndAddressesThatAreNotWebAddresses() {
        ServiceSettingsForm form = new ServiceSettingsForm(plugin.service(QueueService.class));

        assertThat(form.validate(Map.of("sla.pausingStatuses", "WAITING_ON_CUSTOMER, RESOLVED",
                "survey.publicAddress", "crm.example.com"))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("sla.pausingStatuses", "survey.publicAddress");
        assertThat(form.validate(Map.of("sla.pausingStatuses", "NEW,WAITING_ON_THIRD_PARTY",
                "survey.publicAddress", "https://crm.example.com/rapport"))).isEmpty();
    }

    @Test
    void theRestResourceListsAQueuesRequestsInPagesReadsAndOpensThem() {
        plugin.actAs(agent);
        Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
        CustomerInfo customer = plugin.customer();
        ServiceResource resource = (ServiceResource) new ServiceApi(plugin.service(RequestService.class)).resource();

        Response created = resource.open(new RequestDraft(customer.id(), null, queue.id(), "Invoice wrong", "Twice",
                Channel.WEB, "billing", Priority.HIGH, null, null));
        resource.open(new RequestDraft(customer.id(), null, queue.id(), "Second", null, Channel.WEB, null,
                Priority.LOW, null, null));

        assertThat(created.getStatus()).isEqualTo(201);
        ServiceResource.RequestView view = (ServiceResource.RequestView) created.getEntity();
        assertThat(created.getLocation().getPath()).isEqualTo("/api/v1/plugins/service/requests/" + view.id());
        assertThat(resource.request(view.id()).subject()).isEqualTo("Invoice wrong");
        ServiceResource.Page first = resource.requests(queue.id(), List.of(), 1, null);
        assertThat(first.items()).extracting(ServiceResource.RequestView::subject).containsExactly("Invoice wrong");
        ServiceResource.Page second = resource.requests(queue.id(), List.of(RequestStatus.NEW), 1, first.next());
        assertThat(second.items()).extracting(ServiceResource.RequestView::subject).containsExactly("Second");
        assertThat(second.next()).isNull();
        assertThatThrownBy(() -> resource.requests(null, List.of(), 10, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> resource.requests(queue.id(), List.of(), 500, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> resource.requests(queue.id(), List.of(), 10, "x")).isInstanceOf(ValidationException.class);
        plugin.actAs(kernel.createUser(Role.READ_ONLY, "service"));
        assertThatThrownBy(() -> resource.open(new RequestDraft(customer.id(), null, queue.id(), "No", null,
                Channel.WEB, null, Priority.LOW, null, null))).isInstanceOf(AccessDeniedException.class);
    }
}
