package dev.rapport.platform.marketplace;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code plugins.json} of a repository in pf4j-update's format, as a publisher writes it: per plugin its id,
 * name, description and provider, and its releases with version, date, required SDK range, file address
 * (relative to the repository) and SHA-512 checksum.
 */
record RepositoryIndex(List<Plugin> plugins) {

    private static final org.pf4j.VersionManager VERSIONS = new org.pf4j.DefaultVersionManager();
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    record Plugin(String id, String name, String description, String provider, List<Release> releases) {
    }

    record Release(String version, String date, String requires, String url, String sha512sum) {
    }

    static RepositoryIndex parse(String json) {
        List<Plugin> plugins = GSON.fromJson(json, new TypeToken<List<Plugin>>() { }.getType());
        return new RepositoryIndex(plugins == null ? List.of() : plugins);
    }

    String toJson() {
        return GSON.toJson(plugins) + "\n";
    }

    /** This index with {@code release} of {@code archive}'s plugin added (its name and description updated). */
    RepositoryIndex with(PluginArchive archive, Release release) {
        List<Plugin> updated = new ArrayList<>();
        List<Release> releases = new ArrayList<>(List.of(release));
        for (Plugin plugin : plugins) {
            if (plugin.id().equals(archive.id())) {
                plugin.releases().stream().filter(existing -> !existing.version().equals(release.version()))
                        .forEach(releases::add);
            } else {
                updated.add(plugin);
            }
        }
        releases.sort((first, second) -> VERSIONS.compareVersions(first.version(), second.version()));
        updated.add(new Plugin(archive.id(), archive.name(), archive.description(), archive.provider(), releases));
        updated.sort(Comparator.comparing(Plugin::id));
        return new RepositoryIndex(updated);
    }

    java.util.Optional<Release> release(String pluginId, String version) {
        return plugins.stream().filter(plugin -> plugin.id().equals(pluginId))
                .flatMap(plugin -> plugin.releases().stream()).filter(release -> release.version().equals(version))
                .findFirst();
    }
}
