package dev.rapport.platform.marketplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plugin zips with a manifest and no classes: enough for everything the marketplace does before it loads a
 * plugin (list, download, verify, resolve dependencies); starting one fails, its plugin class is missing.
 */
public final class PluginFilesForTests {

    public static final String MISSING_CLASS = "dev.rapport.test.Missing";

    private PluginFilesForTests() {
    }

    public static Path zip(Path folder, String id, String name, String version, String requires, String dependencies) {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", id);
        attributes.putValue("Plugin-Name", name);
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Requires", requires);
        attributes.putValue("Plugin-Class", MISSING_CLASS);
        attributes.putValue("Plugin-Provider", "Tests");
        attributes.putValue("Plugin-Description", "The plugin " + id + " for the marketplace tests");
        attributes.putValue("Plugin-Dependencies", dependencies);
        try {
            Path zip = Files.createDirectories(folder.resolve(id + "-" + version)).resolve(id + ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("classes/META-INF/MANIFEST.MF"));
                manifest.write(out);
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
