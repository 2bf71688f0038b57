package dev.rapport.marketplace;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.marketplace.InstallProgress;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.marketplace.Signatures;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.runtime.PluginZips;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acquisition plugin installed through the marketplace services, as the Marketplace page does it: offered by a
 * signed repository, installed into a platform that had no acquisition, migrated and started, then narrowed to Sales
 * and Marketing; only their people may use it (its screens, its tasks), its web form is served at once, and every
 * step is audited.
 */
class AcquisitionFromMarketplaceTest {

    private static final String PLUGIN = "acquisition";

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        TestRepository repository = new TestRepository(Path.of("target", "acquisition-marketplace", "repository")
                .toAbsolutePath(), Signatures.newKeyPair());
        repository.publish(PluginZips.ACQUISITION);
        platform = TestPlatform.start("AcquisitionFromMarketplaceTest", List.of(), Map.of(
                "marketplace.repository", repository.url(),
                "marketplace.trusted.keys", repository.publicKey()));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void installedForSalesAndMarketingOnlyItServesThemAndNobodyElse() {
        Marketplace marketplace = platform.service(Marketplace.class);
        Actor administrator = actor("market.admin", Role.ADMINISTRATOR, "management");
        Actor salesAgent = actor("market.sales", Role.AGENT, "sales");
        Actor marketingManager = actor("market.marketing", Role.MANAGER, "marketing");
        Actor serviceAgent = actor("market.service", Role.AGENT, "service");
        assertThat(platform.service(PluginHost.class).installedVersion(PLUGIN)).isEmpty();
        assertThat(postWebForm().statusCode()).as("nothing serves the web form before").isEqualTo(404);

        Marketplace.Offer offer = marketplace.offers("acquisition").stream()
                .filter(candidate -> candidate.id().equals(PLUGIN)).findFirst().orElseThrow();
        assertThat(offer.name()).isEqualTo("Acquisition");
        assertThat(offer.availableVersion()).isEqualTo("1.0.0");
        assertThat(offer.refusal()).isNull();
        PluginHost.PluginStatus status = marketplace.install(PLUGIN, administrator, InstallProgress.NONE);

        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(new SchemaMigrator(platform.service(Database.class).dataSource()).tables()).contains("acq_lead", "acq_campaign", "acq_scoring_rule");
        assertThat(platform.service(PluginRouteRegistrar.class).isRegistered("acquisition/leads")).isTrue();
        ModuleAccess modules = platform.service(ModuleAccess.class);
        DepartmentDirectory departments = platform.service(DepartmentDirectory.class);
        assertThat(modules.departmentsOf(PLUGIN)).as("a new plugin is used by every department until narrowed")
                .hasSize(departments.all().size());

        long sales = departments.findByCode("sales").orElseThrow().id();
        long marketing = departments.findByCode("marketing").orElseThrow().id();
        modules.setDepartments(PLUGIN, Set.of(sales, marketing), administrator);

        assertThat(modules.isEnabledFor(PLUGIN, salesAgent)).isTrue();
        assertThat(modules.isEnabledFor(PLUGIN, marketingManager)).isTrue();
        assertThat(modules.isEnabledFor(PLUGIN, serviceAgent)).isFalse();
        assertThat(modules.visibleTaskSources(salesAgent)).contains(PLUGIN);
        assertThat(modules.visibleTaskSources(serviceAgent)).doesNotContain(PLUGIN);
        HttpResponse<String> answer = postWebForm();
        assertThat(answer.statusCode()).as("the plugin's own answer to an unknown token").isEqualTo(403);
        assertThat(answer.body()).contains("token-invalid");
        assertThat(audited("PLUGIN_INSTALLED")).isTrue();
        assertThat(audited("MODULE_DEPARTMENTS_CHANGED")).isTrue();
    }

    private static Actor actor(String username, Role role, String departmentCode) {
        long department = platform.service(DepartmentDirectory.class).findByCode(departmentCode).orElseThrow().id();
        return Actor.of(platform.service(UserAdministration.class).create(new UserAdministration.UserDraft(username,
                username, null, role, Set.of(department), true), "marketplace-tests-1", false, Actor.SYSTEM));
    }

    private static boolean audited(String action) {
        return platform.service(Database.class).dsl().fetchExists(AUDIT_ENTRY,
                AUDIT_ENTRY.ACTION.eq(action).and(AUDIT_ENTRY.SUBJECT_ID.eq(PLUGIN)));
    }

    private static HttpResponse<String> postWebForm() {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(platform.server().url("public/acquisition/web-form")))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("token=not-a-token-of-any-form&email=a%40example.com"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
