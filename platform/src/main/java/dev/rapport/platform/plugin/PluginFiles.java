package dev.rapport.platform.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of installed plugins in the plugins folder, for installations and updates: a new file is copied in
 * under its final name; an old version's file is parked in the hidden {@code .previous} folder (which neither
 * PF4J nor the folder watcher looks into) until its successor runs, so it can be put back. A file's signature
 * ({@code <file>.sig} beside it) goes wherever the file goes: the folder's trust rule checks it at every start.
 */
final class PluginFiles {

    private static final String PREVIOUS = ".previous";

    private final Path folder;

    PluginFiles(Path folder) {
        this.folder = folder;
    }

    /** Copies {@code file} into the folder as {@code fileName}; refuses to overwrite. */
    Path copyIn(Path file, String fileName) {
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new PluginInstallException("Not a plugin file name: " + fileName);
        }
        Path target = folder.resolve(fileName);
        if (Files.exists(target)) {
            throw new PluginInstallException(fileName + " is already in the plugins folder");
        }
        try {
            Files.copy(file, target);
            if (Files.exists(signatureOf(file))) {
                Files.copy(signatureOf(file), signatureOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the plugin file to " + target, e);
        }
    }

    /** Moves an installed plugin file out of the way; returns where it went. */
    Path park(Path file) {
        try {
            Path previous = Files.createDirectories(folder.resolve(PREVIOUS));
            if (Files.exists(signatureOf(file))) {
                Files.move(signatureOf(file), signatureOf(previous.resolve(file.getFileName())),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.move(file, previous.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set the plugin file " + file + " aside", e);
        }
    }

    /** Puts a parked file back where it was. */
    void restore(Path parked, Path original) {
        try {
            if (Files.exists(signatureOf(parked))) {
                Files.move(signatureOf(parked), signatureOf(original), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(parked, original, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the plugin file " + original + " back", e);
        }
    }

    /** Deletes a plugin file (zip, jar or folder) and, for a zip, the folder PF4J expanded it into. */
    void delete(Path file) {
        deleteRecursively(file);
        deleteRecursively(signatureOf(file));
        String name = file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            deleteRecursively(file.resolveSibling(name.substring(0, name.length() - ".zip".length())));
        }
    }

    private static Path signatureOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".sig");
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(path)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
