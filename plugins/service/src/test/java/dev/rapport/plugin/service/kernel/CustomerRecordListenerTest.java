package dev.rapport.plugin.service.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin follows the kernel's customers: a merge moves their requests, a deletion takes them away. */
class CustomerRecordListenerTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final UserInfo agent = plugin.agent("Mia Agent");
    private final Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());

    private long openRequest(CustomerInfo customer) {
        plugin.actAs(agent);
        return requests.open(new RequestDraft(customer.id(), null, queue.id(), "Cannot sign in", null, Channel.PHONE,
                null, Priority.NORMAL, null, null));
    }

    @Test
    void aDeletedCustomersRequestsGoAndOthersStay() {
        CustomerInfo leaving = plugin.customer();
        CustomerInfo staying = plugin.customer();
        openRequest(leaving);
        long kept = openRequest(staying);

        kernel.deleteCustomer(leaving.id());
        kernel.awaitEvents();

        assertThat(requests.ofCustomer(leaving.id(), 10)).isEmpty();
        assertThat(requests.ofCustomer(staying.id(), 10)).extracting(ServiceRequest::id).containsExactly(kept);
    }

    @Test
    void aMergedCustomersRequestsMoveToTheSurvivor() {
        CustomerInfo merged = plugin.customer();
        CustomerInfo survivor = plugin.customer();
        long moved = openRequest(merged);

        kernel.mergeCustomers(survivor.id(), merged.id());
        kernel.awaitEvents();

        assertThat(requests.get(moved).customerId()).isEqualTo(survivor.id());
        assertThat(requests.ofCustomer(merged.id(), 10)).isEmpty();
    }
}
