package dev.rapport.platform.marketplace;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pf4j.update.FileDownloader;
import org.pf4j.update.FileVerifier;
import org.pf4j.update.PluginInfo;
import org.pf4j.update.UpdateRepository;
import org.pf4j.update.util.LenientDateTypeAdapter;

/**
 * A pf4j-update repository whose {@code plugins.json} is only believed when its signature
 * ({@code plugins.json.sig}) checks out against the trust store and its signed serial number and expiry pass
 * {@link IndexFreshness} (neither expired nor older than a list seen before), read with the marketplace's time and size
 * limits. pf4j-update's own repository reads with neither limit nor signature and swallows a repository it
 * cannot read; this one keeps the reason, so administrators see why a repository lists no plugins.
 * Release addresses are made absolute against the repository's address, as pf4j-update does.
 */
final class SignedRepository implements UpdateRepository {

    private static final Gson GSON = new GsonBuilder().registerTypeAdapter(Date.class, new LenientDateTypeAdapter())
            .create();

    private final String name;
    private final URL url;
    private final Fetcher fetcher;
    private final TrustStore trust;
    private final IndexFreshness freshness;
    private volatile Map<String, PluginInfo> plugins;
    private volatile String problem;

    SignedRepository(String name, URL url, Fetcher fetcher, TrustStore trust, IndexFreshness freshness) {
        this.name = name;
        this.url = url;
        this.fetcher = fetcher;
        this.trust = trust;
        this.freshness = freshness;
    }

    /** Why the last reading of the plugin list failed, if it did. */
    Optional<String> problem() {
        getPlugins();
        return Optional.ofNullable(problem);
    }

    @Override
    public String getId() {
        return name;
    }

    @Override
    public URL getUrl() {
        return url;
    }

    @Override
    public Map<String, PluginInfo> getPlugins() {
        Map<String, PluginInfo> current = plugins;
        if (current == null) {
            current = read();
            plugins = current;
        }
        return current;
    }

    @Override
    public PluginInfo getPlugin(String id) {
        return getPlugins().get(id);
    }

    @Override
    public void refresh() {
        plugins = null;
    }

    /** Not used: the marketplace downloads with its own limits (see {@link Fetcher}). */
    @Override
    public FileDownloader getFileDownloader() {
        throw new UnsupportedOperationException("The marketplace downloads plugin files itself");
    }

    /** Not used: the marketplace verifies checksum and signature itself (see {@link ReleaseVerifier}). */
    @Override
    public FileVerifier getFileVerifier() {
        throw new UnsupportedOperationException("The marketplace verifies plugin files itself");
    }

    private Map<String, PluginInfo> read() {
        problem = null;
        try {
            URI index = url.toURI().resolve(RepositoryPublisher.INDEX);
            byte[] json = fetcher.read(index);
            Optional<String> signature = fetcher.readIfPresent(URI.create(index + RepositoryPublisher.SIGNATURE_SUFFIX))
                    .map(bytes -> new String(bytes, StandardCharsets.US_ASCII));
            trust.check("The plugin list of repository " + name, json, signature);
            JsonElement root = JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
            if (!root.isJsonObject() || !root.getAsJsonObject().has("serial") || !root.getAsJsonObject().has("expires")) {
                throw new MarketplaceException("The plugin list of repository " + name + " carries no serial number"
                        + " and expiry: its publisher must publish it again with this version's RepositoryPublisher.");
            }
            JsonObject list = root.getAsJsonObject();
            freshness.check(name, url.toURI(), list.get("serial").getAsLong(),
                    Instant.parse(list.get("expires").getAsString()));
            PluginInfo[] items = GSON.fromJson(list.get("plugins"), PluginInfo[].class);
            Map<String, PluginInfo> byId = new HashMap<>();
            for (PluginInfo plugin : items == null ? new PluginInfo[0] : items) {
                if (plugin.id == null || plugin.releases == null) {
                    continue;
                }
                for (PluginInfo.PluginRelease release : plugin.releases) {
                    release.url = index.resolve(release.url).toString();
                }
                plugin.setRepositoryId(name);
                byId.put(plugin.id, plugin);
            }
            return Map.copyOf(byId);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            problem = "Repository " + name + " cannot be read: " + e.getMessage();
        } catch (MarketplaceException e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            problem = "The plugin list of repository " + name + " is malformed: " + e.getMessage();
        }
        return Map.of();
    }
}
