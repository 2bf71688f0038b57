package dev.rapport.platform.testing;

import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.event.RetryPolicy;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.platform.plugin.CustomerTabRegistry;
import dev.rapport.platform.plugin.DropInPolicy;
import dev.rapport.platform.plugin.KernelServices;
import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PublicEndpointRegistry;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.web.PluginPagesInShell;
import dev.rapport.platform.web.PluginRouteRegistrar;
import java.time.Duration;
import java.nio.file.Path;

/** A real plugin host over a plugins folder of a test, wired to the test database; its dispatcher is not started. */
public final class TestPluginHosts {

    private TestPluginHosts() {
    }

    public static PluginHost create(Kernel kernel, Path folder) {
        PluginHealth health = new PluginHealth();
        EventTypes eventTypes = new EventTypes();
        EventDispatcher events = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock),
                new Leadership("test-node", Duration.ofSeconds(10), Duration.ofSeconds(2)), eventTypes, kernel.outbox,
                kernel.clock, RetryPolicy.DEFAULT, health::failed, kernel.audit);
        KernelServices services = kernel.pluginServices(() -> java.util.Optional.of(Actor.SYSTEM), false);
        return PluginHost.create(folder, true, DropInPolicy.ACCEPT_ALL, services, new SchemaMigrator(TestDatabase.get().dataSource()), health,
                new PluginPagesInShell(new NavigationRegistry(), new PluginRouteRegistrar()), new CustomerTabRegistry(health),
                new CustomerContributions(health),
                new MetricRegistry(health), new PublicEndpointRegistry(health), events, eventTypes, new ModuleAccess(kernel.dsl, kernel.audit), kernel.audit);
    }
}
