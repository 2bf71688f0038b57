package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.sample.SamplePlugin;
import dev.rapport.sdk.mail.CustomerMessage;
import dev.rapport.sdk.mail.MailAttachment;
import dev.rapport.sdk.mail.MailState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit against its sample plugin: the plugin runs in the real runtime, and the kit's waits and reads hold. */
class RapportKernelTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @Test
    void loadsThePluginUnderTestFromTheClassPathWithWhatItProvides() {
        assertThat(kernel.pluginId()).isEqualTo("testkit-sample");
        assertThat(kernel.service(SamplePlugin.Greeting.class).text()).isEqualTo("Hello from testkit-sample");
        assertThatThrownBy(() -> kernel.service(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordedEventsWaitUntilTheListenersHandledThem() {
        CustomerInfo customer = kernel.createPerson("Lisa", kernel.unique("Listen"), null, false);

        assertThat(kernel.recorded().events(CustomerCreated.class)).extracting(CustomerCreated::customerId)
                .containsExactly(customer.id());
        assertThat(SamplePlugin.CREATED).as("the plugin's slow listener ran before the read returned")
                .contains(customer.id());
        assertThat(kernel.recorded().customers()).extracting(CustomerInfo::id).containsExactly(customer.id());
    }

    /** Another plugin's event, as a test declares it. */
    record Noted(Long customerId, String text) implements PluginEvent {
    }

    @Test
    void aTypeListenersNewTypesApplyToTheEventsPublishedAfterThePluginSaysTheyChanged() {
        CustomerInfo customer = kernel.createPerson("Nora", kernel.unique("Named"), null, false);
        kernel.publishAs("notes", new Noted(customer.id(), "before"));
        kernel.awaitEvents();
        assertThat(SamplePlugin.NamedEventReader.READ).doesNotContain("before");

        SamplePlugin.NamedEventReader.TYPES = Set.of("notes.Noted");
        kernel.context().events().typesChanged(new SamplePlugin.NamedEventReader());
        kernel.publishAs("notes", new Noted(customer.id(), "after"));
        kernel.awaitEvents();
        assertThat(SamplePlugin.NamedEventReader.READ).containsExactly("after");
    }

    @Test
    void theSignedInUserActsAndNobodyOnceSignedOut() {
        UserInfo agent = kernel.createUser("Kit Agent", Role.AGENT, "sales");
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Kit AG "));
        NewInteraction call = new NewInteraction(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "Kit call",
                null, Outcome.COMPLETED, Instant.now());

        assertThatThrownBy(() -> kernel.context().interactions().append(call)).as("nobody signed in")
                .isInstanceOf(AccessDeniedException.class);
        kernel.signIn(agent);
        assertThat(kernel.context().security().currentUser()).contains(agent);
        kernel.context().interactions().append(call);

        assertThat(kernel.recorded().interactions()).singleElement()
                .satisfies(logged -> assertThat(logged.recordedBy()).isEqualTo(agent.id()));
        assertThat(kernel.recorded().auditEntries()).as("the kernel's user administration made the agent")
                .extracting(Recorded.AuditRecord::action, Recorded.AuditRecord::subjectId)
                .contains(org.assertj.core.groups.Tuple.tuple("USER_CREATED", String.valueOf(agent.id())));
        kernel.signOut();
        assertThat(kernel.context().security().currentUser()).isEmpty();
    }

    @Test
    void runsAJobNowAndReturnsItsOutcome() {
        JobRunInfo counted = kernel.runJob("count");
        JobRunInfo failed = kernel.runJob("fail");

        assertThat(counted.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(SamplePlugin.RUNS).isNotEmpty();
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).contains("out of coffee");
    }

    @Test
    void mailAPluginQueuesGoesOutThroughTheConnectedMailboxAndIsReadBack() {
        kernel.connectMailbox("sales");
        CustomerInfo customer = kernel.createPerson("Mia", kernel.unique("Mail"), kernel.unique("mia") + "@example.com",
                false);
        long department = kernel.department("sales").id();

        long id = kernel.callAsPlugin(() -> kernel.context().mail().send(new CustomerMessage(department, customer.id(),
                null, "Your documents", "Attached.", List.of(new MailAttachment("terms.txt", "text/plain",
                "Terms".getBytes(StandardCharsets.UTF_8))))));
        assertThat(kernel.sentMail()).as("queued, not sent yet").isEmpty();

        List<SentMail> sent = kernel.deliverMail();

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly(customer.primaryEmail());
            assertThat(mail.subject()).isEqualTo("Your documents");
            assertThat(mail.text()).isEqualTo("Attached.");
            assertThat(mail.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("terms.txt");
                assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("Terms");
            });
        });
        assertThat(kernel.context().mail().status(id)).hasValueSatisfying(status ->
                assertThat(status.state()).isEqualTo(MailState.SENT));
        assertThat(kernel.recorded().interactions()).singleElement()
                .satisfies(logged -> assertThat(logged.subject()).isEqualTo("Your documents"));
    }
}
