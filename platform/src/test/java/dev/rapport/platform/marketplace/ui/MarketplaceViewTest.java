package dev.rapport.platform.marketplace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.marketplace.PluginFilesForTests;
import dev.rapport.platform.marketplace.RepositoryPublisher;
import dev.rapport.platform.marketplace.Signatures;
import dev.rapport.platform.marketplace.TrustedKeys;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestPluginHosts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MarketplaceViewTest {

    private static final Path WORK = Path.of("target", "marketplace-view-test").toAbsolutePath();
    private static final KeyPair PUBLISHER = Signatures.newKeyPair();
    private static final Kernel KERNEL = new Kernel();
    private static final PluginHost HOST = TestPluginHosts.create(KERNEL, folder("plugins"));
    private static final Marketplace MARKETPLACE = marketplace();

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(Marketplace.class, MARKETPLACE)
            .register(PluginHost.class, HOST));

    @AfterAll
    static void stop() {
        HOST.close();
    }

    @Test
    void listsTheOffersWithTheirVersionsAndWhyAnIncompatibleOneCannotBeInstalled() {
        ui.open("admin/marketplace");

        assertThat(rowTexts()).anySatisfy(text -> assertThat(text).contains("Notebook").contains("1.2.0"));
        assertThat(actions("test-notebook", "install-plugin")).hasSize(1);
        assertThat(rowTexts()).anySatisfy(text -> assertThat(text).contains("Future").contains("No release works")
                .contains(">=9.0.0"));
        assertThat(actions("test-future", "install-plugin")).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("marketplace-search")), "note");
        assertThat(rowTexts()).hasSize(1).allSatisfy(text -> assertThat(text).contains("Notebook"));
    }

    @Test
    void anInstallationThatFailsShowsWhyAndLeavesNothingInstalled() throws InterruptedException {
        ui.open("admin/marketplace");

        _click(actions("test-notebook", "install-plugin").getFirst());
        Button close = _get(Button.class, spec -> spec.withId("install-close"));
        for (int waited = 0; !close.isEnabled() && waited < 200; waited++) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }

        assertThat(close.isEnabled()).as("the installation ended").isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("install-error")).getText())
                .contains("test-notebook 1.2.0").contains(PluginFilesForTests.MISSING_CLASS);
        assertThat(HOST.installedVersion("test-notebook")).isEmpty();
        try (var files = Files.list(HOST.pluginsFolder())) {
            assertThat(files.filter(file -> file.toString().endsWith(".zip")).toList()).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void addingARepositoryChecksItsAddressAndShowsWhyAnUntrustedOneListsNothing() {
        ui.open("admin/marketplace");
        _click(_get(Button.class, spec -> spec.withId("marketplace-repositories")));
        TextField name = _get(TextField.class, spec -> spec.withId("repository-name"));
        TextField url = _get(TextField.class, spec -> spec.withId("repository-url"));

        _setValue(name, "Elsewhere");
        _setValue(url, "ftp://example.com/plugins");
        _click(_get(Button.class, spec -> spec.withId("repository-add")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("address of a folder");

        Path untrusted = WORK.resolve("untrusted-" + System.nanoTime());
        publish(untrusted, Signatures.newKeyPair(), zip("test-stray", "Stray", "1.0.0", ">=1.0.0"));
        _setValue(url, untrusted.toUri().toString());
        _click(_get(Button.class, spec -> spec.withId("repository-add")));

        @SuppressWarnings("unchecked")
        Grid<Marketplace.Repository> repositories = _get(Grid.class, spec -> spec.withId("repositories"));
        assertThat(_findAll(repositories)).extracting(Marketplace.Repository::name).contains("Rapport", "Elsewhere");
        Marketplace.Repository elsewhere = _findAll(repositories).stream()
                .filter(repository -> repository.name().equals("Elsewhere")).findFirst().orElseThrow();
        assertThat(elsewhere.problem()).contains("no trusted key confirms");
        MARKETPLACE.removeRepository(elsewhere.id(), ui.actor());
    }

    @Test
    void anAdministratorTrustsANewPublisherKeyOnThePageAndItsRepositoryListsItsPluginsWithoutARestart() {
        KeyPair acme = Signatures.newKeyPair();
        Path acmeRepository = WORK.resolve("acme-" + System.nanoTime());
        publish(acmeRepository, acme, zip("test-acme", "Acme", "1.0.0", ">=1.0.0"));
        Marketplace.Repository added = MARKETPLACE.addRepository("Acme", acmeRepository.toUri().toString(), ui.actor());
        assertThat(added.problem()).contains("no trusted key confirms");
        ui.open("admin/marketplace");
        _click(_get(Button.class, spec -> spec.withId("marketplace-keys")));
        TextField name = _get(TextField.class, spec -> spec.withId("key-name"));
        TextArea publicKey = _get(TextArea.class, spec -> spec.withId("key-public"));

        _setValue(name, "Acme Plugins");
        _setValue(publicKey, "not a key");
        _click(_get(Button.class, spec -> spec.withId("key-add")));
        assertThat(publicKey.isInvalid()).isTrue();
        assertThat(publicKey.getErrorMessage()).contains("not a public key");

        _setValue(publicKey, Signatures.encode(acme.getPublic()));
        _click(_get(Button.class, spec -> spec.withId("key-add")));

        assertThat(publicKey.isInvalid()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<TrustedKeys.Key> keys = _get(Grid.class, spec -> spec.withId("trusted-keys"));
        assertThat(_findAll(keys)).extracting(TrustedKeys.Key::name).containsExactly(null, "Acme Plugins");
        assertThat(rowTexts()).anySatisfy(text -> assertThat(text).contains("Acme"));

        _click((Button) _getCellComponent(keys, 1, "remove"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("remove-key-confirm")));
        assertThat(_findAll(keys)).hasSize(1);
        MARKETPLACE.removeRepository(MARKETPLACE.repositories().stream()
                .filter(repository -> "Acme".equals(repository.name())).findFirst().orElseThrow().id(), ui.actor());
    }

    /** The buttons with that class in the row of {@code pluginId}. */
    @SuppressWarnings("unchecked")
    private static List<Button> actions(String pluginId, String className) {
        Grid<Marketplace.Offer> grid = _get(Grid.class, spec -> spec.withId("marketplace-plugins"));
        List<Marketplace.Offer> rows = _findAll(grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(index -> rows.get(index).id().equals(pluginId))
                .findFirst().orElseThrow();
        return _find(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withClasses(className));
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowTexts() {
        Grid<Marketplace.Offer> grid = _get(Grid.class, spec -> spec.withId("marketplace-plugins"));
        List<Marketplace.Offer> rows = _findAll(grid);
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(row -> String.join(" | ",
                BasicUtilsKt.get_textRecursively(_getCellComponent(grid, row, "plugin")),
                rows.get(row).availableVersion() == null ? "" : rows.get(row).availableVersion(),
                BasicUtilsKt.get_textRecursively(_getCellComponent(grid, row, "status")))).toList();
    }

    private static Marketplace marketplace() {
        Path shipped = folder("shipped");
        publish(shipped, PUBLISHER, zip("test-notebook", "Notebook", "1.2.0", ">=1.0.0"), zip("test-future", "Future", "3.0.0", ">=9.0.0"));
        return Marketplace.create(RapportConfig.of(WORK, Map.of("marketplace.repository", shipped.toUri().toString(),
                "marketplace.trusted.keys", Signatures.encode(PUBLISHER.getPublic()))), KERNEL.dsl, KERNEL.clock, HOST,
                KERNEL.audit);
    }

    private static void publish(Path repository, KeyPair key, Path... zips) {
        try {
            RepositoryPublisher.publish(repository, Optional.of(key.getPrivate()), List.of(zips), LocalDate.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path zip(String id, String name, String version, String requires) {
        return PluginFilesForTests.zip(WORK.resolve("builds"), id, name, version, requires, "");
    }

    private static Path folder(String name) {
        Path folder = WORK.resolve(name);
        try {
            if (Files.exists(folder)) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
