package dev.rapport.plugin.service.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.sla.ClockPhase;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin in a real kernel: an email logged on a customer becomes a request; the agent's reply is on the
 * customer's timeline and the request waits on the customer with its clocks paused; the customer's next email,
 * delivered by the kernel's event dispatcher to the plugin's listener, resumes it; the SLA scan runs as a job.
 */
class CustomerReplyKernelTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final RequestService requests = kernel.service(RequestService.class);

    private InteractionInfo email(CustomerInfo customer, String subject) {
        return kernel.context().interactions().append(new NewInteraction(customer.id(), null, Channel.EMAIL,
                Direction.INBOUND, subject, "Please help.", Outcome.COMPLETED, kernel.context().clock().instant()));
    }

    @Test
    void theCustomersReplyResumesTheRequestWaitingOnThem() {
        UserInfo agent = kernel.createUser("Kim Kernel", Role.AGENT, "service");
        kernel.signIn(agent);
        CustomerInfo customer = kernel.createPerson("Rene", kernel.unique("Replier"), kernel.unique("rene") + "@example.com", false);
        long id = requests.openFromInteraction(email(customer, "Card blocked"), null, "cards", Priority.HIGH);
        requests.reply(id, requests.get(id).version(), "Please confirm your address.", RequestStatus.WAITING_ON_CUSTOMER);
        ServiceRequest waiting = requests.get(id);
        assertThat(waiting.clocks().resolution().phase()).isEqualTo(ClockPhase.PAUSED);
        assertThat(kernel.context().interactions().recent(customer.id(), 10)).anySatisfy(logged -> {
            assertThat(logged.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(logged.subject()).isEqualTo("Re: Card blocked");
        });

        email(customer, "Re: Card blocked");
        kernel.awaitEvents();

        ServiceRequest resumed = requests.get(id);
        assertThat(resumed.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(resumed.clocks().resolution().phase()).isEqualTo(ClockPhase.RUNNING);
        JobRunInfo scan = kernel.runJob("sla-scan");
        assertThat(scan.state()).isEqualTo(JobState.SUCCEEDED);
    }
}
