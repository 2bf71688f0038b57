package dev.rapport.platform.marketplace;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code plugins.json} of a repository as a publisher writes it: a serial number and an expiry, then the plugins
 * in pf4j-update's format (per plugin its id, name, description and provider, and its releases with version, date,
 * required SDK range, file address relative to the repository, and SHA-512 checksum). Serial and expiry are inside
 * the signed file, so nobody can serve an older list (whose serial is lower than one already seen: a rollback to
 * withdrawn releases) or keep serving a list after it expired (a freeze that hides updates).
 */
record RepositoryIndex(long serial, Instant expires, List<Plugin> plugins) {

    private static final org.pf4j.VersionManager VERSIONS = new org.pf4j.DefaultVersionManager();
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    record Plugin(String id, String name, String description, String provider, List<Release> releases) {
    }

    record Release(String version, String date, String requires, String url, String sha512sum) {
    }

    /** An index without serial and expiry yet (a new repository's, or one written before they existed). */
    static RepositoryIndex empty() {
        return new RepositoryIndex(0, null, List.of());
    }

    /**
     * Reads an index; a bare list of plugins (the format before serial numbers) has serial 0 and no expiry.
     *
     * @throws com.google.gson.JsonParseException or {@link IllegalArgumentException} when it is malformed
     */
    static RepositoryIndex parse(String json) {
        JsonElement root = JsonParser.parseString(json);
        if (root.isJsonArray()) {
            return new RepositoryIndex(0, null, plugins(root));
        }
        JsonObject index = root.getAsJsonObject();
        long serial = index.has("serial") ? index.get("serial").getAsLong() : 0;
        Instant expires = index.has("expires") ? Instant.parse(index.get("expires").getAsString()) : null;
        return new RepositoryIndex(serial, expires, plugins(index.get("plugins")));
    }

    private static List<Plugin> plugins(JsonElement json) {
        List<Plugin> plugins = json == null ? null : GSON.fromJson(json, new TypeToken<List<Plugin>>() { }.getType());
        return plugins == null ? List.of() : plugins;
    }

    /** This index with the next serial (above the previous one and the current second) and a new expiry. */
    RepositoryIndex renewed(Instant now, Duration validity) {
        return new RepositoryIndex(Math.max(serial + 1, now.getEpochSecond()), now.plus(validity), plugins);
    }

    String toJson() {
        JsonObject index = new JsonObject();
        index.addProperty("serial", serial);
        index.addProperty("expires", expires == null ? null : expires.toString());
        index.add("plugins", GSON.toJsonTree(plugins));
        return GSON.toJson(index) + "\n";
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
        return new RepositoryIndex(serial, expires, updated);
    }

    java.util.Optional<Release> release(String pluginId, String version) {
        return plugins.stream().filter(plugin -> plugin.id().equals(pluginId))
                .flatMap(plugin -> plugin.releases().stream()).filter(release -> release.version().equals(version))
                .findFirst();
    }
}
