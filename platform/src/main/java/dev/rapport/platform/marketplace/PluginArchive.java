package dev.rapport.platform.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.pf4j.PluginDependency;

/**
 * What a plugin file says about itself: the {@code Plugin-*} entries of its manifest ({@code classes/META-INF}
 * in a plugin zip, {@code META-INF} in a jar). Read before the file is installed, to check it is the plugin and
 * version the repository promised and to find the plugins it depends on.
 */
public record PluginArchive(String id, String version, String name, String description, String provider,
                            String requires, List<PluginDependency> dependencies) {

    private static final List<String> MANIFESTS = List.of("classes/META-INF/MANIFEST.MF", "META-INF/MANIFEST.MF");

    /** @throws MarketplaceException when the file is no plugin (no readable manifest, no Plugin-Id or version) */
    public static PluginArchive read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String name : MANIFESTS) {
                ZipEntry entry = zip.getEntry(name);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        return of(new Manifest(in).getMainAttributes(), file);
                    }
                }
            }
        } catch (IOException e) {
            throw new MarketplaceException(file.getFileName() + " is not a readable plugin archive: " + e.getMessage(), e);
        }
        throw new MarketplaceException(file.getFileName() + " has no plugin manifest");
    }

    private static PluginArchive of(Attributes manifest, Path file) {
        String id = value(manifest, "Plugin-Id");
        String version = value(manifest, "Plugin-Version");
        if (id.isEmpty() || version.isEmpty()) {
            throw new MarketplaceException(file.getFileName() + " does not name its Plugin-Id and Plugin-Version");
        }
        String name = value(manifest, "Plugin-Name");
        String dependencies = value(manifest, "Plugin-Dependencies");
        return new PluginArchive(id, version, name.isEmpty() ? id : name, value(manifest, "Plugin-Description"),
                value(manifest, "Plugin-Provider"), value(manifest, "Plugin-Requires"),
                dependencies.isEmpty() ? List.of() : Arrays.stream(dependencies.split(",")).map(String::strip)
                        .filter(text -> !text.isEmpty()).map(PluginDependency::new).toList());
    }

    private static String value(Attributes manifest, String key) {
        String value = manifest.getValue(key);
        return value == null ? "" : value.strip();
    }
}
