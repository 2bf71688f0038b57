package dev.rapport.platform.plugin.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.rapport.platform.marketplace.PluginFilesForTests;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestPluginHosts;
import dev.rapport.sdk.security.Department;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PluginsViewTest {

    private static final String PLUGIN = "test-used-by";
    private static final Path FOLDER = pluginsFolder();
    private static final PluginHost HOST = TestPluginHosts.create(new Kernel(), FOLDER);

    static {
        HOST.start(false);
    }

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(PluginHost.class, HOST));

    @AfterAll
    static void stop() {
        HOST.close();
    }

    @Test
    void showsTheNamesOfTheDepartmentsUsingAPluginAndWholeDescriptions() {
        Set<Department> used = ui.kernel().departments.all().stream()
                .filter(d -> d.code().equals("sales") || d.code().equals("service")).collect(Collectors.toSet());
        ui.modules().setDepartments(PLUGIN, used.stream().map(Department::id).collect(Collectors.toSet()), ui.actor());

        ui.open("admin/plugins");

        @SuppressWarnings("unchecked")
        Grid<PluginHost.PluginStatus> grid = _get(Grid.class, spec -> spec.withId("plugins"));
        int row = 0;
        while (row < _size(grid) && !grid.getDataCommunicator().getItem(row).id().equals(PLUGIN)) {
            row++;
        }
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Department> departments = (MultiSelectComboBox<Department>) _getCellComponent(grid, row, "departments");
        assertThat(departments.getValue()).isEqualTo(used);
        assertThat(departments.getAutoExpand()).as("every name shown as a chip, never collapsed into a count")
                .isEqualTo(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        assertThat(grid.getThemeNames()).as("long descriptions wrap").contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    private static Path pluginsFolder() {
        Path work = Path.of("target", "plugins-view-test").toAbsolutePath();
        try {
            if (Files.exists(work)) {
                try (var files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Path folder = Files.createDirectories(work.resolve("plugins"));
            Path zip = PluginFilesForTests.zip(work.resolve("builds"), PLUGIN, "Used by", "1.0.0", "*", "");
            Files.copy(zip, folder.resolve(zip.getFileName()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
