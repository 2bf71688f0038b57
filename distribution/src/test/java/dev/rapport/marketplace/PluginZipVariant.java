package dev.rapport.marketplace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Another build of a plugin zip, made the way a publisher makes a new release: a new version in the manifest
 * (and, for the greeter fixture, in its {@code release.properties}), changesets added to its changelog, other
 * manifest entries changed. The classes stay the same.
 */
final class PluginZipVariant {

    private static final String MANIFEST = "classes/META-INF/MANIFEST.MF";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final String pluginId;

    private PluginZipVariant(Path zip) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pluginId = manifest().getMainAttributes().getValue("Plugin-Id");
    }

    static PluginZipVariant of(Path zip) {
        return new PluginZipVariant(zip);
    }

    /** Sets {@code Plugin-Version}, and {@code version} in the plugin's release.properties when it has one. */
    PluginZipVariant version(String version) {
        manifestEntry("Plugin-Version", version);
        if (entries.containsKey(releaseFile())) {
            releaseProperty("version", version);
        }
        return this;
    }

    PluginZipVariant manifestEntry(String name, String value) {
        Manifest manifest = manifest();
        manifest.getMainAttributes().putValue(name, value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            manifest.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.put(MANIFEST, out.toByteArray());
        return this;
    }

    PluginZipVariant releaseProperty(String name, String value) {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.ByteArrayInputStream(entries.get(releaseFile())));
            properties.setProperty(name, value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            properties.store(out, null);
            entries.put(releaseFile(), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds a Liquibase formatted-SQL file to the plugin's changelog folder and includes it last. */
    PluginZipVariant changeset(String fileName, String sql) {
        String folder = "classes/plugins/" + pluginId + "/";
        entries.put(folder + fileName, sql.getBytes(StandardCharsets.UTF_8));
        String changelog = new String(entries.get(folder + "changelog.xml"), StandardCharsets.UTF_8);
        entries.put(folder + "changelog.xml", changelog.replace("</databaseChangeLog>",
                "  <include file=\"" + fileName + "\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>")
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Path writeTo(Path zip) {
        try {
            Files.createDirectories(zip.getParent());
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String releaseFile() {
        return "classes/plugins/" + pluginId + "/release.properties";
    }

    private Manifest manifest() {
        try (InputStream in = new java.io.ByteArrayInputStream(entries.get(MANIFEST))) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
