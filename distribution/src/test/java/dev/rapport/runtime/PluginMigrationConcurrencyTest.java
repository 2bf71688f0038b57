package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.RouteData;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.ui.CustomerListView;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginBusyException;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PluginViews;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.sdk.PluginContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * While a plugin's schema migration runs (the slow-schema fixture's changeset waits 10 s in the database), the rest
 * of the platform answers at once: the plugin list, another plugin's pages and the customer list. A second
 * administrator acting on the plugin being installed is refused with a clear message instead of waiting.
 */
class PluginMigrationConcurrencyTest {

    private static final String SLOW = "fixture-slow-schema";
    /** Far below the migration's 10 s, far above what each answer takes. */
    private static final Duration QUICK = Duration.ofSeconds(2);

    /** Each call on a thread of its own: the common pool may have a single thread on a small machine. */
    private static final Executor OWN_THREAD = call -> Thread.ofPlatform().daemon().start(call);

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("PluginMigrationConcurrencyTest", List.of(PluginZips.ACCOUNT_NOTES));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void whileAPluginMigratesEverythingElseAnswersAtOnceAndASecondAdministratorIsRefused() throws Exception {
        Actor installer = Kernel.newAdministrator(platform);
        Actor other = Kernel.newAdministrator(platform);
        CompletableFuture<PluginHost.PluginStatus> installation = CompletableFuture.supplyAsync(
                () -> host().install(PluginZips.SLOW_SCHEMA, "rapport-fixture-slow-schema.zip", installer), OWN_THREAD);
        Eventually.await("the slow changeset running", Duration.ofSeconds(20),
                PluginMigrationConcurrencyTest::slowChangesetRuns, running -> running || installation.isDone());
        assertThat(installation).as("the installation, still migrating").isNotDone();

        List<PluginHost.PluginStatus> statuses = quickly("the plugin list", () -> host().plugins());
        assertThat(statuses).filteredOn(status -> status.id().equals(SLOW))
                .extracting(PluginHost.PluginStatus::state).containsExactly(PluginHost.State.STARTING);
        Class<?> notesView = quickly("the account-notes route", () -> platform.service(PluginRouteRegistrar.class)
                .allRoutes().stream().filter(route -> route.getTemplate().equals("account-notes"))
                .map(RouteData::getNavigationTarget).findFirst().orElseThrow());
        PluginViews.PluginClass owner = quickly("the account-notes view's plugin",
                () -> views().pluginClass(notesView).orElseThrow());
        assertThat(owner.pluginId()).isEqualTo("account-notes");
        assertThat(quickly("the account-notes view's context", () -> owner.arguments().apply(PluginContext.class)))
                .isPresent();
        assertThat(quickly("the customer list's view", () -> views().pluginClass(CustomerListView.class))).isEmpty();
        quickly("the customer list", () -> platform.service(CustomerService.class)
                .list(CustomerFilter.ALL, CustomerSort.NAME_ASCENDING, null, 50));
        assertThat(quickly("the menu", () -> platform.service(NavigationRegistry.class).entries()))
                .extracting(NavigationRegistry.MenuEntry::path).contains("account-notes", "customers");
        assertThatThrownBy(() -> quickly("enabling it again", () -> host().enable(SLOW, other)))
                .isInstanceOf(PluginBusyException.class).hasMessageContaining(SLOW).hasMessageContaining("being installed");
        assertThatThrownBy(() -> quickly("disabling it", () -> host().disable(SLOW, other)))
                .isInstanceOf(PluginBusyException.class).hasMessageContaining(SLOW);
        assertThat(slowChangesetRuns()).as("all of that happened during the migration").isTrue();

        PluginHost.PluginStatus installed = installation.get(30, TimeUnit.SECONDS);
        assertThat(installed.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(Kernel.tables(platform)).contains("slw_item");
    }

    /** Whether the fixture's {@code INSERT INTO slw_item (id) SELECT SLEEP(10)} is running in the database now. */
    private static boolean slowChangesetRuns() {
        // Plain SQL: the platform's jOOQ settings render no schema names, and this table lies in another schema.
        return platform.service(Database.class).dsl().fetchExists(DSL.selectOne()
                .from(DSL.table("information_schema.PROCESSLIST"))
                .where(DSL.field(DSL.name("INFO"), String.class).like("INSERT INTO slw_item (id) SELECT SLEEP(10)%")));
    }

    /** Runs {@code call} and fails unless it answers within {@link #QUICK}. */
    private static <T> T quickly(String what, Supplier<T> call) throws Exception {
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(call, OWN_THREAD);
        try {
            return answer.get(QUICK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not answer within " + QUICK.toMillis() + " ms while a plugin migrated");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static PluginHost host() {
        return platform.service(PluginHost.class);
    }

    private static PluginViews views() {
        return platform.service(PluginViews.class);
    }
}
