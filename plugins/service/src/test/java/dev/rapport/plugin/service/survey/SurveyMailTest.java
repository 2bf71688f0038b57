package dev.rapport.plugin.service.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.mail.MailState;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dev.rapport.plugin.service.ui.request.SurveyPanel;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.testkit.SentMail;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The satisfaction survey goes out by mail when the request's queue's department has a mailbox: in the customer's
 * language, with the signed single-use link, logged on the timeline once sent (not before, and not twice).
 */
class SurveyMailTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final SurveyService surveys = plugin.service(SurveyService.class);
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @Test
    void resolvingARequestMailsTheInvitationInTheCustomersLanguageFromTheQueuesDepartment() {
        Department support = kernel.createDepartment("Support by mail");
        kernel.connectMailbox(support.code());
        UserInfo manager = kernel.createUser("Mara Mail", Role.MANAGER, support.code());
        UserInfo agent = kernel.createUser("Max Mail", Role.AGENT, support.code());
        Queue queue = kernel.callAs(manager, () -> {
            QueueService queues = plugin.service(QueueService.class);
            return queues.get(queues.save(new Queue(0, kernel.unique("Mail queue "), support.id(), manager.id(),
                    AssignmentMode.MANUAL, new BigDecimal("60.00"), "EUR", 0), List.of()));
        });
        String address = kernel.unique("kunde") + "@example.com";
        CustomerInfo customer = kernel.createCustomer(new NewCustomer(CustomerKind.PERSON, "Karla", kernel.unique("K"),
                null, LifecycleStage.CUSTOMER, null, "de", "EUR", "Europe/Berlin", false, List.of(address), List.of(),
                List.of(), Set.of(), null, List.of()));

        plugin.actAs(agent);
        long id = requests.open(new RequestDraft(customer.id(), null, queue.id(), "Rechnung fehlt", null, Channel.EMAIL,
                null, Priority.NORMAL, null, null));
        requests.changeStatus(id, requests.get(id).version(), RequestStatus.RESOLVED, "Neu gesendet");

        Survey survey = surveys.ofRequest(id).orElseThrow();
        assertThat(survey.mailId()).isNotNull();
        assertThat(survey.interactionId()).as("not logged as a link for the agent").isNull();
        assertThat(kernel.context().mail().status(survey.mailId())).hasValueSatisfying(status ->
                assertThat(status.state()).isEqualTo(MailState.QUEUED));
        String token = surveys.token(survey);
        assertThat(mailState(survey)).isEqualTo("Invitation queued for email to " + address);

        List<SentMail> sent = kernel.deliverMail();

        assertThat(sent).filteredOn(mail -> mail.to().contains(address)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Wie waren wir?");
            assertThat(mail.text()).startsWith("Hallo Karla").contains(SurveyService.PUBLIC_PATH + "?t=" + token)
                    .endsWith("Support by mail");
        });
        assertThat(kernel.context().mail().status(survey.mailId())).hasValueSatisfying(status ->
                assertThat(status.state()).isEqualTo(MailState.SENT));
        assertThat(kernel.recorded().interactions()).filteredOn(logged -> logged.customerId() == customer.id()
                && logged.direction() == Direction.OUTBOUND && logged.subject().equals("Wie waren wir?"))
                .singleElement().satisfies(logged -> assertThat(logged.notes()).contains(token));
        assertThat(mailState(survey)).startsWith("Invitation emailed to " + address + " on ");
    }

    /** What the request page's survey panel says about the invitation mail. */
    private String mailState(Survey survey) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new SurveyPanel(surveys, new PublicAddress(plugin.context.settings()), kernel.context().mail(),
                survey));
        return _get(Span.class, spec -> spec.withId("survey-mail")).getText();
    }
}
