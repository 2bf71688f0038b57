package dev.rapport.marketplace;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.marketplace.InstallProgress;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.marketplace.MarketplaceException;
import dev.rapport.platform.marketplace.Signatures;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.runtime.PluginZips;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The marketplace in a running platform, step by step as an administrator would go: install from a signed
 * repository, be refused a plugin whose dependency is too old, update, have a broken update rolled back to the
 * running version, install a plugin whose dependency comes first, survive a restart, uninstall with and without
 * data; the refusals of a tampered file, an unsigned file, an incompatible plugin and a repository signed by
 * an unknown key; and of everyone but administrators. No step restarts the platform except the one that checks a restart.
 *
 * <p>The releases are built from the greeter fixture the way a publisher builds new versions (see
 * {@link PluginZipVariant}) and published with the platform's own {@code RepositoryPublisher}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketplaceTest {

    private static final String GREETER = "fixture-greeter";
    private static final String FAN = "fixture-greeter-fan";
    private static final Path WORK = Path.of("target", "marketplace-tests").toAbsolutePath();

    private static TestRepository repository;
    private static TestPlatform platform;
    private static final List<InstallProgress.Step> steps = new ArrayList<>();

    @BeforeAll
    static void start() {
        repository = new TestRepository(WORK.resolve("repository"), Signatures.newKeyPair());
        repository.publish(PluginZips.GREETER, PluginZips.GREETER_FAN, PluginZips.INCOMPATIBLE);
        platform = TestPlatform.start("MarketplaceTest", List.of(), Map.of(
                "marketplace.repository", repository.url(),
                "marketplace.trusted.keys", repository.publicKey()));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void listsWhatTheRepositoryOffersAndWhyAnIncompatiblePluginCannotBeInstalled() {
        List<Marketplace.Offer> offers = marketplace().offers("");

        assertThat(offers).extracting(Marketplace.Offer::id).contains(GREETER, FAN, "fixture-incompatible");
        Marketplace.Offer greeter = offer(GREETER);
        assertThat(greeter.name()).isEqualTo("Greeter");
        assertThat(greeter.availableVersion()).isEqualTo("1.0.0");
        assertThat(greeter.installed()).isFalse();
        Marketplace.Offer incompatible = offer("fixture-incompatible");
        assertThat(incompatible.availableVersion()).isNull();
        assertThat(incompatible.refusal()).contains("SDK").contains(">=9.0.0");
        assertThat(marketplace().offers("greet")).extracting(Marketplace.Offer::id).containsExactlyInAnyOrder(GREETER, FAN);
    }

    @Test
    @Order(2)
    void installsAPluginWhileThePlatformRunsAndShowsTheProgress() {
        PluginHost.PluginStatus status = marketplace().install(GREETER, Actor.SYSTEM, (step, id, version, fraction) -> steps.add(step));

        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.version()).isEqualTo("1.0.0");
        assertThat(steps).containsSubsequence(InstallProgress.Step.DOWNLOADING, InstallProgress.Step.VERIFYING,
                InstallProgress.Step.INSTALLING);
        assertThat(platform.service(PluginRouteRegistrar.class).isRegistered(GREETER)).isTrue();
        assertThat(schema().tables()).contains("grt_greeting");
        greet();
        assertThat(audited("PLUGIN_INSTALLED", GREETER)).isTrue();
        assertThat(pluginFiles()).containsExactly("fixture-greeter-1.0.0.zip");
    }

    @Test
    @Order(3)
    void refusesAPluginWhoseDependencyIsInstalledInATooOldVersion() {
        assertThatThrownBy(() -> marketplace().install(FAN, Actor.SYSTEM, InstallProgress.NONE))
                .isInstanceOf(MarketplaceException.class)
                .hasMessage("fixture-greeter 1.0.0 is installed, but fixture-greeter-fan needs fixture-greeter >=2.0.0.");
        assertThat(host().installedVersion(FAN)).isEmpty();
        assertThat(audited("PLUGIN_INSTALL_REFUSED", FAN)).isTrue();
    }

    @Test
    @Order(4)
    void updatesToANewerReleaseKeepingTheDataAndApplyingTheNewChangesets() {
        repository.publish(PluginZipVariant.of(PluginZips.GREETER).version("2.0.0")
                .changeset("002-visit.sql", changeset("002-visit", "grt_visit")).writeTo(WORK.resolve("greeter-2.0.0.zip")));
        marketplace().refresh();
        assertThat(offer(GREETER).updateAvailable()).isTrue();
        assertThat(offer(GREETER).availableVersion()).isEqualTo("2.0.0");

        PluginHost.PluginStatus status = marketplace().update(GREETER, Actor.SYSTEM, InstallProgress.NONE);

        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.version()).isEqualTo("2.0.0");
        assertThat(schema().tables()).contains("grt_greeting", "grt_visit");
        assertThat(greetings()).isEqualTo(1);
        assertThat(pluginFiles()).containsExactly("fixture-greeter-2.0.0.zip");
        assertThat(offer(GREETER).updateAvailable()).isFalse();
    }

    @Test
    @Order(5)
    void anUpdateThatFailsToStartIsRolledBackAndThePreviousVersionKeepsRunning() {
        TestRepository broken = repository.sibling(WORK.resolve("broken-builds"));
        broken.publish(PluginZipVariant.of(PluginZips.GREETER).version("3.0.0")
                .changeset("002-visit.sql", changeset("002-visit", "grt_visit"))
                .changeset("003-extra.sql", changeset("003-extra", "grt_extra"))
                .releaseProperty("fail.on.start", "true").writeTo(WORK.resolve("greeter-3.0.0.zip")));
        Marketplace.Repository brokenBuilds = marketplace().addRepository("Broken builds", broken.url(), Actor.SYSTEM);
        assertThat(brokenBuilds.pluginCount()).isEqualTo(1);
        assertThat(offer(GREETER).availableVersion()).isEqualTo("3.0.0");

        assertThatThrownBy(() -> marketplace().update(GREETER, Actor.SYSTEM, InstallProgress.NONE))
                .isInstanceOf(MarketplaceException.class)
                .hasMessageContaining("version 2.0.0 was put back")
                .hasMessageContaining("Greeter 3.0.0 refuses to start");

        PluginHost.PluginStatus status = host().plugins().stream().filter(p -> p.id().equals(GREETER)).findFirst().orElseThrow();
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.version()).isEqualTo("2.0.0");
        assertThat(schema().tables()).contains("grt_visit").doesNotContain("grt_extra");
        assertThat(schema().appliedCount("plugins/fixture-greeter/changelog.xml")).isEqualTo(2);
        assertThat(pluginFiles()).containsExactly("fixture-greeter-2.0.0.zip");
        assertThat(greetings()).isEqualTo(1);
        assertThat(audited("PLUGIN_UPDATE_FAILED", GREETER)).isTrue();
        marketplace().removeRepository(brokenBuilds.id(), Actor.SYSTEM);
        assertThat(offer(GREETER).availableVersion()).isEqualTo("2.0.0");
    }

    @Test
    @Order(6)
    void installsTheDependencyFirstWhenItIsMissing() {
        marketplace().uninstall(GREETER, true, Actor.SYSTEM);
        assertThat(host().installedVersion(GREETER)).isEmpty();
        assertThat(schema().tables()).doesNotContain("grt_greeting", "grt_visit");
        assertThat(schema().appliedCount("plugins/fixture-greeter/changelog.xml")).isZero();

        PluginHost.PluginStatus fan = marketplace().install(FAN, Actor.SYSTEM, InstallProgress.NONE);

        assertThat(fan.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(host().installedVersion(GREETER)).contains("2.0.0");
        assertThat(greetings()).isZero();
        Long greeterInstalled = auditId("PLUGIN_INSTALLED", GREETER);
        Long fanInstalled = auditId("PLUGIN_INSTALLED", FAN);
        assertThat(greeterInstalled).isLessThan(fanInstalled);
    }

    @Test
    @Order(7)
    void installedPluginsSurviveARestart() {
        greet();
        platform.restart();

        assertThat(host().installedVersion(GREETER)).contains("2.0.0");
        assertThat(host().installedVersion(FAN)).contains("1.0.0");
        assertThat(host().plugins()).filteredOn(p -> p.id().startsWith("fixture-greeter"))
                .extracting(PluginHost.PluginStatus::state).containsOnly(PluginHost.State.STARTED);
        assertThat(greetings()).isEqualTo(1);
    }

    @Test
    @Order(8)
    void aPluginOthersDependOnIsNotUninstalledAndKeptDataComesBackWithTheNextInstallation() {
        assertThatThrownBy(() -> marketplace().uninstall(GREETER, false, Actor.SYSTEM))
                .isInstanceOf(MarketplaceException.class).hasMessageContaining("fixture-greeter-fan depend on");
        assertThat(host().installedVersion(GREETER)).isPresent();

        marketplace().uninstall(FAN, false, Actor.SYSTEM);
        marketplace().uninstall(GREETER, false, Actor.SYSTEM);

        assertThat(host().plugins()).extracting(PluginHost.PluginStatus::id).doesNotContain(GREETER, FAN);
        assertThat(schema().tables()).contains("grt_greeting");
        assertThat(pluginFiles()).isEmpty();
        assertThat(audited("PLUGIN_UNINSTALLED", GREETER)).isTrue();

        marketplace().install(GREETER, Actor.SYSTEM, InstallProgress.NONE);
        assertThat(greetings()).isEqualTo(1);
    }

    @Test
    @Order(9)
    void aTamperedFileIsRefusedAndNothingIsInstalled() throws IOException {
        Path tampered = PluginZipVariant.of(PluginZips.BROKEN_PARTS).writeTo(WORK.resolve("broken-parts.zip"));
        repository.publish(tampered);
        Path published = repository.file("fixture-broken-parts", "1.0.0");
        byte[] bytes = Files.readAllBytes(published);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(published, bytes);
        marketplace().refresh();

        assertThatThrownBy(() -> marketplace().install("fixture-broken-parts", Actor.SYSTEM, InstallProgress.NONE))
                .isInstanceOf(MarketplaceException.class).hasMessageContaining("SHA-512");
        assertThat(host().installedVersion("fixture-broken-parts")).isEmpty();
        assertThat(pluginFiles()).containsExactly("fixture-greeter-2.0.0.zip");
    }

    @Test
    @Order(10)
    void anUnsignedFileIsRefused() throws IOException {
        repository.publish(PluginZips.BROKEN_START);
        Files.delete(repository.signatureOf("fixture-broken-start", "1.0.0"));
        marketplace().refresh();

        assertThatThrownBy(() -> marketplace().install("fixture-broken-start", Actor.SYSTEM, InstallProgress.NONE))
                .isInstanceOf(MarketplaceException.class).hasMessageContaining("is not signed");
        assertThat(host().installedVersion("fixture-broken-start")).isEmpty();
    }

    @Test
    @Order(11)
    void anIncompatiblePluginIsRefusedBeforeAnythingIsDownloaded() {
        steps.clear();
        assertThatThrownBy(() -> marketplace().install("fixture-incompatible", Actor.SYSTEM,
                (step, id, version, fraction) -> steps.add(step)))
                .isInstanceOf(MarketplaceException.class).hasMessageContaining("works with this platform");
        assertThat(steps).isEmpty();
    }

    @Test
    @Order(12)
    void aRepositorySignedByAnUnknownKeyListsNothingAndSaysWhy() {
        TestRepository stranger = new TestRepository(WORK.resolve("stranger"), Signatures.newKeyPair());
        stranger.publish(PluginZips.BAD_SCHEMA);

        Marketplace.Repository added = marketplace().addRepository("Stranger", stranger.url(), Actor.SYSTEM);

        assertThat(added.pluginCount()).isZero();
        assertThat(added.problem()).contains("no trusted key confirms");
        assertThat(marketplace().offers("")).extracting(Marketplace.Offer::id).doesNotContain("fixture-bad-schema");
        marketplace().removeRepository(added.id(), Actor.SYSTEM);
        assertThat(marketplace().repositories()).extracting(Marketplace.Repository::name).containsExactly("Rapport");
    }

    @Test
    @Order(13)
    void managersAgentsAndReadOnlyUsersAreRefusedInstallUpdateAndUninstallAndNothingChanges() {
        repository.publish(PluginZipVariant.of(PluginZips.GREETER).version("2.1.0")
                .changeset("002-visit.sql", changeset("002-visit", "grt_visit")).writeTo(WORK.resolve("greeter-2.1.0.zip")));
        marketplace().refresh();
        assertThat(offer(GREETER).updateAvailable()).isTrue();
        List<String> filesBefore = pluginFiles();
        long lastAuditBefore = lastAuditId();
        Path fanFile = repository.file(FAN, "1.0.0");

        for (Role role : List.of(Role.MANAGER, Role.AGENT, Role.READ_ONLY)) {
            Actor actor = newActor(role);
            List<InstallProgress.Step> progress = new ArrayList<>();
            assertThatThrownBy(() -> marketplace().install(FAN, actor, (step, id, version, fraction) -> progress.add(step)))
                    .as("%s installing", role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> marketplace().update(GREETER, actor, (step, id, version, fraction) -> progress.add(step)))
                    .as("%s updating", role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> marketplace().uninstall(GREETER, true, actor))
                    .as("%s uninstalling", role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> marketplace().addRepository("Elsewhere", repository.url(), actor))
                    .as("%s adding a repository", role).isInstanceOf(AccessDeniedException.class);
            // The plugin host refuses them too, should anything call it directly.
            assertThatThrownBy(() -> host().install(fanFile, "fixture-greeter-fan-1.0.0.zip", actor))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> host().update(GREETER, fanFile, "fixture-greeter-2.1.0.zip", actor))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> host().uninstall(GREETER, true, actor)).isInstanceOf(AccessDeniedException.class);
            assertThat(progress).as("what was downloaded for a %s", role).isEmpty();
        }

        assertThat(host().installedVersion(FAN)).isEmpty();
        assertThat(host().installedVersion(GREETER)).contains("2.0.0");
        assertThat(host().plugins()).filteredOn(plugin -> plugin.id().equals(GREETER))
                .extracting(PluginHost.PluginStatus::state).containsExactly(PluginHost.State.STARTED);
        assertThat(schema().tables()).contains("grt_greeting", "grt_visit");
        assertThat(pluginFiles()).isEqualTo(filesBefore);
        assertThat(marketplace().repositories()).extracting(Marketplace.Repository::name).containsExactly("Rapport");
        assertThat(database().dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ID.gt(lastAuditBefore)
                .and(AUDIT_ENTRY.ACTION.startsWith("PLUGIN_").or(AUDIT_ENTRY.ACTION.startsWith("MARKETPLACE_")))))
                .as("plugin and marketplace audit entries written for the refused attempts").isZero();

        // An administrator (a user, not the system) passes the same checks, and the audit log names them.
        Actor administrator = newActor(Role.ADMINISTRATOR);
        assertThat(marketplace().update(GREETER, administrator, InstallProgress.NONE).version()).isEqualTo("2.1.0");
        assertThat(database().dsl().select(AUDIT_ENTRY.ACTOR_ID).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.eq(auditId("PLUGIN_UPDATED", GREETER))).fetchOne(AUDIT_ENTRY.ACTOR_ID))
                .isEqualTo(administrator.userId());
    }

    /** A user of the Sales department with {@code role}, created as an administrator would. */
    private static Actor newActor(Role role) {
        long sales = platform.service(DepartmentDirectory.class).findByCode("sales").orElseThrow().id();
        String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + System.nanoTime();
        User user = platform.service(UserAdministration.class).create(new UserAdministration.UserDraft(username,
                "Marketplace " + username, null, role, Set.of(sales), true), "a long enough password", false, Actor.SYSTEM);
        return Actor.of(user);
    }

    private static long lastAuditId() {
        return database().dsl().select(DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchOne(0, Long.class);
    }

    private static String changeset(String id, String table) {
        return """
                --liquibase formatted sql

                --changeset fixture-greeter:%s
                CREATE TABLE %s (id BIGINT NOT NULL AUTO_INCREMENT, CONSTRAINT pk_%s PRIMARY KEY (id));
                --rollback DROP TABLE %s;
                """.formatted(id, table, table, table);
    }

    private static Marketplace marketplace() {
        return platform.service(Marketplace.class);
    }

    private static PluginHost host() {
        return platform.service(PluginHost.class);
    }

    private static Database database() {
        return platform.service(Database.class);
    }

    private static SchemaMigrator schema() {
        return new SchemaMigrator(database().dataSource());
    }

    private static Marketplace.Offer offer(String pluginId) {
        return marketplace().offers("").stream().filter(offer -> offer.id().equals(pluginId)).findFirst().orElseThrow();
    }

    private static void greet() {
        database().dsl().insertInto(DSL.table("grt_greeting")).set(DSL.field("greeted"), "world").execute();
    }

    private static int greetings() {
        return database().dsl().fetchCount(DSL.table("grt_greeting"));
    }

    private static boolean audited(String action, String pluginId) {
        return auditId(action, pluginId) != null;
    }

    private static Long auditId(String action, String pluginId) {
        return database().dsl().select(DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.eq(action).and(AUDIT_ENTRY.SUBJECT_ID.eq(pluginId))).fetchOne(0, Long.class);
    }

    private static List<String> pluginFiles() {
        try (Stream<Path> files = Files.list(platform.pluginsFolder())) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".zip")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
