package dev.rapport.platform.plugin;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarFile;

/**
 * A plugin whose classes are on the application's class path (a plugin's build output in its own tests), loaded
 * through the plugin runtime like any other: {@code folder} in the plugins folder holds its {@code plugin.properties},
 * {@code classes} is the build output (or the plugin's jar) with its {@code META-INF/extensions.idx}. Its classes are
 * the application's, so a test and the platform see the same {@code Class} objects; only the extension index is read
 * from {@code classes} alone (the class path may hold others, e.g. the tests' own).
 *
 * @param folder  the plugin's folder in the plugins folder
 * @param classes the directory its classes were compiled into, or its jar
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
            try {
                if (Files.isRegularFile(classes)) {
                    // the plugin's jar on the class path (a bench's library folder) instead of its build output
                    try (JarFile jar = new JarFile(classes.toFile())) {
                        return jar.getEntry(EXTENSION_INDEX) == null ? null
                                : URI.create("jar:" + classes.toUri() + "!/" + EXTENSION_INDEX).toURL();
                    }
                }
                Path index = classes.resolve(EXTENSION_INDEX);
                return Files.exists(index) ? index.toUri().toURL() : null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
