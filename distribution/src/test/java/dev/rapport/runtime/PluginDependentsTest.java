package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PublicEndpointRegistry;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.task.TaskInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A plugin others depend on (the greeter, in version 2.0.0, which the greeter fan needs) is disabled, reloaded or
 * removed: the fan stops with it and every contribution of the fan goes (route, menu entry, customer tab, metric,
 * public endpoint, event listener); when the greeter runs again, so does the fan, with all of them back, and its
 * listener receives the events written meanwhile.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginDependentsTest {

    private static final String GREETER = "fixture-greeter";
    private static final String FAN = "fixture-greeter-fan";
    private static final Duration WATCHER = Duration.ofSeconds(15);

    private static TestPlatform platform;
    private static Path greeterZip;
    private static User owner;

    @BeforeAll
    static void start() throws IOException {
        Path work = Files.createDirectories(Path.of("target", "dependents-test").toAbsolutePath());
        greeterZip = PluginZips.withVersion(PluginZips.GREETER, "2.0.0", work.resolve("rapport-fixture-greeter.zip"));
        platform = TestPlatform.start("PluginDependentsTest", List.of(greeterZip, PluginZips.GREETER_FAN));
        owner = Kernel.newUser(platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void disablingTheProviderStopsTheDependentWithAllItsContributionsAndEnablingRestoresThem() {
        assertFanRunsWithEveryContribution();
        Actor administrator = Kernel.newAdministrator(platform);

        host().disable(GREETER, administrator);

        PluginHost.PluginStatus fan = Plugins.status(platform, FAN);
        assertThat(fan.state()).isEqualTo(PluginHost.State.STOPPED);
        assertThat(fan.enabled()).as("the fan stays enabled: it waits for the greeter").isTrue();
        assertThat(fan.error()).contains(GREETER);
        assertFanContributesNothing();
        Customer loggedWhileStopped = Kernel.newCustomer(platform, owner.id());
        Kernel.logCall(platform, loggedWhileStopped.id(), Outcome.COMPLETED);
        assertNoFanTaskWithin(loggedWhileStopped, Duration.ofSeconds(2));

        host().enable(GREETER, administrator);

        assertFanRunsWithEveryContribution();
        awaitFanTask(loggedWhileStopped);
    }

    @Test
    @Order(2)
    void reloadingTheProviderBringsTheDependentBackWithEveryContribution() {
        host().reload(GREETER, Kernel.newAdministrator(platform));

        assertFanRunsWithEveryContribution();
    }

    @Test
    @Order(3)
    void removingTheProvidersFileStopsTheDependentUntilTheFileIsBack() throws IOException {
        Path inFolder = platform.pluginsFolder().resolve(greeterZip.getFileName());

        Files.delete(inFolder);

        Eventually.await("the greeter removed with its file", WATCHER, () -> Plugins.find(platform, GREETER),
                greeter -> greeter.isEmpty());
        Eventually.await("the fan stopped", WATCHER, () -> Plugins.find(platform, FAN),
                fan -> fan.isEmpty() || fan.get().state() != PluginHost.State.STARTED);
        assertFanContributesNothing();

        Files.copy(greeterZip, inFolder);

        Eventually.await("the fan started again with the greeter", WATCHER, () -> Plugins.find(platform, FAN),
                fan -> fan.isPresent() && fan.get().state() == PluginHost.State.STARTED);
        assertThat(Plugins.status(platform, GREETER).state()).isEqualTo(PluginHost.State.STARTED);
        assertFanRunsWithEveryContribution();
    }

    private static void assertFanRunsWithEveryContribution() {
        assertThat(Plugins.status(platform, FAN).state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(Plugins.routeRegistered(platform, FAN)).as("route").isTrue();
        assertThat(Plugins.menuPaths(platform, FAN)).as("menu entries").containsExactly(FAN);
        assertThat(Plugins.tabLabelKeys(platform, FAN)).as("customer tabs").containsExactly("fixture-greeter-fan.tab");
        assertThat(Plugins.metricIds(platform, FAN)).as("metrics").containsExactly("fixture-greeter-fan/cheers");
        assertThat(endpoints().find(FAN, "cheer")).as("public endpoint").isPresent();
        Customer customer = Kernel.newCustomer(platform, owner.id());
        Kernel.logCall(platform, customer.id(), Outcome.COMPLETED);
        awaitFanTask(customer);
    }

    private static void assertFanContributesNothing() {
        assertThat(Plugins.routeRegistered(platform, FAN)).as("route").isFalse();
        assertThat(Plugins.menuPaths(platform, FAN)).as("menu entries").isEmpty();
        assertThat(Plugins.tabLabelKeys(platform, FAN)).as("customer tabs").isEmpty();
        assertThat(Plugins.metricIds(platform, FAN)).as("metrics").isEmpty();
        assertThat(endpoints().find(FAN, "cheer")).as("public endpoint").isEmpty();
    }

    private static void awaitFanTask(Customer customer) {
        Eventually.await("the fan's task for " + customer.displayName(), Duration.ofSeconds(10),
                () -> fanTasks(customer), tasks -> !tasks.isEmpty());
    }

    /** Event delivery takes milliseconds: a listener still registered would have made its task by then. */
    private static void assertNoFanTaskWithin(Customer customer, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(fanTasks(customer)).as("tasks of the stopped fan's listener").isEmpty();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<TaskInfo> fanTasks(Customer customer) {
        return platform.service(TaskService.class).openForCustomer(customer.id(), null).stream()
                .filter(task -> task.title().startsWith("Greeter fan: ")).toList();
    }

    private static PluginHost host() {
        return platform.service(PluginHost.class);
    }

    private static PublicEndpointRegistry endpoints() {
        return platform.service(PublicEndpointRegistry.class);
    }
}
