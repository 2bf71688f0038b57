package dev.rapport.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * The plugin whose tests run: the one class-path directory (its build output, {@code target/classes}) holding a
 * {@code plugin.properties}, PF4J's descriptor, which the plugins' parent pom writes from the plugin's properties.
 *
 * @param id      the plugin's id
 * @param classes the directory its classes and resources were built into
 */
record PluginUnderTest(String id, Path classes) {

    static final String DESCRIPTOR = "plugin.properties";

    /** Finds the plugin under test on the class path of {@code classLoader}; fails with what to do when none or many. */
    static PluginUnderTest find(ClassLoader classLoader) {
        List<Path> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(DESCRIPTOR))) {
                if ("file".equals(url.getProtocol())) {
                    found.add(Path.of(url.toURI()).getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("The test kit loads the plugin whose build output (a directory on the class"
                    + " path) holds a " + DESCRIPTOR + "; found " + (found.isEmpty() ? "none" : found) + ". Build the"
                    + " plugin with the plugins' parent pom (it writes the file), or add src/main/resources/" + DESCRIPTOR
                    + " with plugin.id, plugin.class, plugin.version and plugin.requires.");
        }
        Path classes = found.getFirst();
        return new PluginUnderTest(descriptor(classes).getProperty("plugin.id"), classes);
    }

    /** Lays the plugin's folder out in {@code pluginsFolder}: its descriptor; the classes stay on the class path. */
    Path folderIn(Path pluginsFolder) {
        Path folder = pluginsFolder.resolve(id);
        try {
            Files.createDirectories(folder);
            Files.copy(classes.resolve(DESCRIPTOR), folder.resolve(DESCRIPTOR),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the plugin folder " + folder, e);
        }
        return folder;
    }

    private static Properties descriptor(Path classes) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(classes.resolve(DESCRIPTOR))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (properties.getProperty("plugin.id", "").isBlank()) {
            throw new IllegalStateException(classes.resolve(DESCRIPTOR) + " names no plugin.id");
        }
        return properties;
    }
}
