package dev.rapport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plugin zips the product ships, which the build copies to {@code target/plugins} beside the bench's
 * jar (or its classes), and the class path to start the platform in a JVM of its own.
 */
final class ShippedPlugins {

    private ShippedPlugins() {
    }

    /** Copies the shipped zips into {@code directory} (PF4J unpacks them there) and returns it. */
    static Path copyTo(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> zips = Files.list(buildDirectory().resolve("plugins"))) {
                for (Path zip : zips.filter(path -> path.toString().endsWith(".zip")).toList()) {
                    Files.copy(zip, directory.resolve(zip.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the shipped plugins to " + directory, e);
        }
    }

    /** The bench's jar (or classes) and every library in {@code lib/} beside it: all the platform needs. */
    static List<String> classPath() {
        Path target = buildDirectory();
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            return Stream.concat(Stream.of(ownLocation().toString()), jars.map(Path::toString).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the libraries in " + target.resolve("lib"), e);
        }
    }

    /** {@code target/}: the folder holding the bench's jar or its {@code classes/}. */
    private static Path buildDirectory() {
        return ownLocation().getParent();
    }

    private static Path ownLocation() {
        try {
            return Path.of(ShippedPlugins.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The bench's own location is not a file", e);
        }
    }
}
