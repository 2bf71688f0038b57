package dev.rapport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module rules third-party plugin authors and the platform rely on: the SDK stands alone, plugins use
 * the SDK only (never the platform), and no plugin uses another's classes. Checked on the compiled classes of
 * the reactor's modules, which the build compiled before this module.
 */
class ModuleBoundariesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Every plugin module's compiled classes, by module folder; modules without classes (the archetype) left out. */
    private static Map<Path, JavaClasses> pluginModules() {
        try (Stream<Path> paths = Files.walk(ROOT.resolve("plugins"), 4)) {
            return paths.filter(path -> path.endsWith(Path.of("target", "classes")) && Files.isDirectory(path))
                    .collect(Collectors.toMap(path -> path.getParent().getParent(),
                            path -> new ClassFileImporter().importPath(path)))
                    .entrySet().stream().filter(module -> !module.getValue().isEmpty())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSdkDependsOnNothingOfThePlatform() {
        JavaClasses sdk = new ClassFileImporter().importPath(ROOT.resolve("sdk/target/classes"));
        assertThat(sdk).as("SDK classes compiled").isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.rapport.platform..")
                .because("plugin authors build against the SDK alone")
                .check(sdk);
    }

    @Test
    void thePluginRuntimeDoesNotDependOnTheWebShell() {
        JavaClasses platform = new ClassFileImporter().importPath(ROOT.resolve("platform/target/classes"));
        assertThat(platform).as("platform classes compiled").isNotEmpty();
        noClasses().that().resideInAPackage("dev.rapport.platform.plugin")
                .should().dependOnClassesThat().resideInAPackage("dev.rapport.platform.web..")
                .because("the web shell uses the plugin runtime (PluginViews, PluginPages), never the other way round:"
                        + " no package cycle")
                .check(platform);
    }

    @Test
    void pluginsUseTheSdkNeverThePlatform() {
        Map<Path, JavaClasses> plugins = pluginModules();
        assertThat(plugins).as("plugin modules compiled").isNotEmpty();
        plugins.forEach((module, classes) -> noClasses()
                .should().dependOnClassesThat().resideInAPackage("dev.rapport.platform..")
                .because(ROOT.relativize(module) + " must reach the kernel only through the SDK")
                .check(classes));
    }

    @Test
    void pluginsDoNotUseEachOthersClasses() {
        Map<Path, JavaClasses> plugins = pluginModules();
        Map<Path, List<String>> packagesByModule = plugins.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> entry.getValue().stream().map(type -> type.getPackageName())
                        .filter(name -> name.startsWith("dev.rapport.plugin.")).distinct().toList()));
        plugins.forEach((module, classes) -> {
            List<String> others = packagesByModule.entrySet().stream().filter(entry -> !entry.getKey().equals(module))
                    .flatMap(entry -> entry.getValue().stream())
                    .filter(name -> !packagesByModule.get(module).contains(name)).distinct().toList();
            if (!others.isEmpty()) {
                noClasses().should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                        .because(ROOT.relativize(module) + " talks to other plugins only through events and the SDK")
                        .check(classes);
            }
        });
    }
}
