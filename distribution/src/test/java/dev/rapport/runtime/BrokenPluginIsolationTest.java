package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.ParkedDelivery;
import dev.rapport.platform.plugin.CustomerTabRegistry;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plugins that fail (in start, in a tab, in a listener) are contained: the failure is recorded against the
 * plugin, and the kernel and the other plugins keep working. A failing view needs a browser: the Vaadin UI
 * creates views after the page has loaded (see {@code BrokenPluginIT}).
 */
class BrokenPluginIsolationTest {

    private static final String BROKEN_START = "fixture-broken-start";
    private static final String BROKEN_PARTS = "fixture-broken-parts";
    private static final String BROKEN_LISTENER = BROKEN_PARTS + ":dev.rapport.plugin.fixture.brokenparts.ThrowingListener";
    private static final String NOTES_LISTENER = "account-notes:dev.rapport.plugin.accountnotes.FollowUpListener";

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("BrokenPluginIsolationTest",
                List.of(PluginZips.ACCOUNT_NOTES, PluginZips.BROKEN_START, PluginZips.BROKEN_PARTS));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aPluginWhoseStartThrowsFailsWithItsErrorAndContributesNothing() {
        PluginHost.PluginStatus status = Plugins.status(platform, BROKEN_START);

        assertThat(status.state()).isEqualTo(PluginHost.State.FAILED);
        assertThat(status.enabled()).isTrue();
        assertThat(status.error()).startsWith("Start:").contains("fixture-broken-start refuses to start");
        assertThat(status.failureCount()).isEqualTo(1);
        assertThat(Plugins.routeRegistered(platform, BROKEN_START)).isFalse();
        assertThat(Plugins.menuPaths(platform, BROKEN_START)).isEmpty();
    }

    @Test
    void theKernelAndTheOtherPluginsRunBesideBrokenOnes() {
        assertThat(Plugins.status(platform, "account-notes").state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(Plugins.status(platform, BROKEN_PARTS).state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(Plugins.routeRegistered(platform, "fixture-broken-parts/ok")).isTrue();

        Customer created = Kernel.newCustomer(platform, null);

        assertThat(platform.service(CustomerService.class).find(created.id())).isPresent();
        assertThat(platform.server().httpGet("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aTabThatThrowsGivesTheFallbackAndIsCounted() {
        CustomerTabRegistry tabs = platform.service(CustomerTabRegistry.class);
        CustomerTabRegistry.PluginTab brokenTab = tabs.tabs().stream()
                .filter(tab -> tab.pluginId().equals(BROKEN_PARTS)).findFirst().orElseThrow();
        Customer customer = Kernel.newCustomer(platform, null);
        Span fallback = new Span("the tab failed");
        long before = failureCount(BROKEN_PARTS);

        Component content = tabs.content(brokenTab,
                platform.service(CustomerService.class).info(customer.id()).orElseThrow(), () -> fallback);

        assertThat(content).isSameAs(fallback);
        assertThat(failureCount(BROKEN_PARTS)).isEqualTo(before + 1);
        PluginHealth.Failures failures = platform.service(PluginHealth.class).of(BROKEN_PARTS).orElseThrow();
        assertThat(failures.lastWhat()).startsWith("customer tab");
        assertThat(failures.lastError()).contains("fixture-broken-parts: this tab cannot be created");
    }

    @Test
    void eventsAListenerKeepsFailingOnAreParkedForItAloneWhileOtherListenersGetThem() {
        User owner = Kernel.newUser(platform);
        Customer customer = Kernel.newCustomer(platform, owner.id());

        Kernel.logCall(platform, customer.id(), Outcome.FOLLOW_UP_NEEDED);

        List<ParkedDelivery> parked = Eventually.await("the call's event parked for the failing listener",
                Duration.ofSeconds(10), () -> parkedFor(customer.id()), deliveries -> !deliveries.isEmpty());
        // Counted after parking: wait for it, so no other test sees this failure arrive late.
        Eventually.await("the listener's failure counted", Duration.ofSeconds(5),
                () -> platform.service(PluginHealth.class).of(BROKEN_PARTS).map(PluginHealth.Failures::lastWhat).orElse(""),
                what -> what.equals("event listener " + BROKEN_LISTENER));
        assertThat(parked).singleElement().satisfies(delivery -> {
            assertThat(delivery.listenerId()).isEqualTo(BROKEN_LISTENER);
            assertThat(delivery.eventType()).isEqualTo("kernel:dev.rapport.sdk.event.InteractionLogged");
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.error()).contains("fixture-broken-parts: this listener always fails");
        });
        Eventually.await("account-notes' follow-up task for the same event", Duration.ofSeconds(10),
                () -> platform.service(TaskService.class).openAssignedTo(owner.id(), null, null, 10), tasks -> !tasks.isEmpty());
        assertThat(parkedFor(customer.id())).extracting(ParkedDelivery::listenerId).doesNotContain(NOTES_LISTENER);
    }

    private static List<ParkedDelivery> parkedFor(long customerId) {
        return platform.service(EventDispatcher.class).parked(1000).stream()
                .filter(delivery -> delivery.customerId() != null && delivery.customerId() == customerId).toList();
    }

    private static long failureCount(String pluginId) {
        return platform.service(PluginHealth.class).of(pluginId).map(PluginHealth.Failures::count).orElse(0L);
    }
}
