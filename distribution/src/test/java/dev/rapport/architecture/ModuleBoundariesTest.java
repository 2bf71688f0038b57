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
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module rules third-party plugin authors and the platform rely on: the SDK stands alone, plugins use
 * the SDK only (never the platform), and no plugin uses another's classes. Checked on the compiled classes of
 * the reactor's modules, which the build compiled before this module. The one exception: a plugin's tests may run
 * against a real kernel through the SDK's test kit ({@code rapport-sdk-testkit}, which depends on the platform), in
 * test scope only, and never touch the platform's classes themselves.
 */
class ModuleBoundariesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The test kit lives beside the plugins but is not one: it starts the kernel, so it depends on the platform. */
    private static final Path TESTKIT = ROOT.resolve("plugins").resolve("testkit");
    /**
     * The archetype is no plugin either: it declares what a generated project needs from this reactor (the test kit
     * and the kernel it starts) so that its integration test can stage them.
     */
    private static final Path ARCHETYPE = ROOT.resolve("plugins").resolve("archetype");

    /** Every plugin module's compiled classes, by module folder; modules without classes (the archetype) left out. */
    private static Map<Path, JavaClasses> pluginModules() {
        return compiled(Path.of("target", "classes"));
    }

    /** Every plugin module's compiled {@code output} (its classes or its test classes), by module folder. */
    private static Map<Path, JavaClasses> compiled(Path output) {
        try (Stream<Path> paths = Files.walk(ROOT.resolve("plugins"), 4)) {
            return paths.filter(path -> path.endsWith(output) && Files.isDirectory(path))
                    .filter(path -> !path.getParent().getParent().equals(TESTKIT))
                    .collect(Collectors.toMap(path -> path.getParent().getParent(),
                            path -> new ClassFileImporter().importPath(path)))
                    .entrySet().stream().filter(module -> !module.getValue().isEmpty())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every pom under plugins/ but the test kit's and the archetype's: the plugins' and their parents'. */
    private static List<Path> pluginPoms() {
        try (Stream<Path> paths = Files.walk(ROOT.resolve("plugins"), 4)) {
            return paths.filter(path -> path.getFileName().toString().equals("pom.xml"))
                    .filter(path -> !path.startsWith(TESTKIT) && !path.startsWith(ARCHETYPE))
                    .filter(path -> !path.toString().contains("/target/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The artifact ids and scopes (compile when none is given) of every dependency a pom declares; versions it only
     * manages for its children (dependencyManagement) are no dependencies.
     */
    private static Map<String, List<String>> dependencies(Path pom) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            NodeList nodes = document.getElementsByTagName("dependency");
            Map<String, List<String>> scopes = new java.util.TreeMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element dependency = (Element) nodes.item(i);
                if (dependency.getParentNode().getParentNode().getNodeName().equals("dependencyManagement")) {
                    continue;
                }
                String artifact = text(dependency, "artifactId");
                String scope = text(dependency, "scope");
                scopes.computeIfAbsent(artifact, key -> new java.util.ArrayList<>())
                        .add(scope == null ? "compile" : scope);
            }
            return scopes;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + pom, e);
        }
    }

    private static String text(Element parent, String child) {
        NodeList found = parent.getElementsByTagName(child);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    @Test
    void pluginsReachThePlatformOnlyThroughTheTestKitInTestScope() {
        List<Path> poms = pluginPoms();
        assertThat(poms).as("plugin poms").isNotEmpty();
        int usingTheTestKit = 0;
        for (Path pom : poms) {
            Map<String, List<String>> dependencies = dependencies(pom);
            assertThat(dependencies.getOrDefault("rapport-platform", List.of()))
                    .as(ROOT.relativize(pom) + " must not depend on the platform, in any scope").isEmpty();
            List<String> testKit = dependencies.getOrDefault("rapport-sdk-testkit", List.of());
            assertThat(testKit).as(ROOT.relativize(pom) + " may use the test kit in test scope only")
                    .allSatisfy(scope -> assertThat(scope).isEqualTo("test"));
            usingTheTestKit += testKit.isEmpty() ? 0 : 1;
        }
        assertThat(usingTheTestKit).as("plugins testing with the test kit (the rule is checked on them)").isPositive();
    }

    @Test
    void pluginTestsUseTheTestKitNeverThePlatformDirectly() {
        compiled(Path.of("target", "test-classes")).forEach((module, classes) -> noClasses()
                .should().dependOnClassesThat().resideInAPackage("dev.rapport.platform..")
                .because(ROOT.relativize(module) + "'s tests reach the kernel through the SDK and the test kit, so they"
                        + " keep working when the platform's internals change")
                .check(classes));
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
