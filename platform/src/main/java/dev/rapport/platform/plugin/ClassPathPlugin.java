package dev.rapport.platform.plugin;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A plugin whose classes are on the application's class path (a plugin's build output in its own tests), loaded
 * through the plugin runtime like any other: {@code folder} in the plugins folder holds its {@code plugin.properties},
 * {@code classes} is the build output with its {@code META-INF/extensions.idx}. Its classes are the application's,
 * so a test and the platform see the same {@code Class} objects; only the extension index is read from
 * {@code classes} alone (the class path may hold others, e.g. the tests' own).
 *
 * @param folder  the plugin's folder in the plugins folder
 * @param classes the directory its classes were compiled into
 */
public record ClassPathPlugin(Path folder, Path classes) {

    public ClassPathPlugin {
        folder = folder.toAbsolutePath().normalize();
        classes = classes.toAbsolutePath().normalize();
    }

    /** The class loader the runtime knows the plugin by: the application's, with the plugin's own extension index. */
    ClassLoader classLoader(ClassLoader application) {
        return new Loader(application, classes);
    }

    /** Whether {@code type} was loaded from the plugin's classes. */
    static boolean defines(Path classes, Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return false;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize().equals(classes);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Delegates everything to the application, except the extension index, which is the plugin's only. */
    static final class Loader extends ClassLoader {

        private static final String EXTENSION_INDEX = "META-INF/extensions.idx";
        private final Path classes;

        Loader(ClassLoader application, Path classes) {
            super("classpath-plugin", application);
            this.classes = classes;
        }

        boolean defines(Class<?> type) {
            return ClassPathPlugin.defines(classes, type);
        }

        @Override
        public URL getResource(String name) {
            return EXTENSION_INDEX.equals(name) ? ownIndex() : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!EXTENSION_INDEX.equals(name)) {
                return super.getResources(name);
            }
            URL own = ownIndex();
            return own == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(own));
        }

        private URL ownIndex() {
            Path index = classes.resolve(EXTENSION_INDEX);
            try {
                return Files.exists(index) ? index.toUri().toURL() : null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
