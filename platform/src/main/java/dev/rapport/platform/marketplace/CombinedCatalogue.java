package dev.rapport.platform.marketplace;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.update.FileDownloader;
import org.pf4j.update.FileVerifier;
import org.pf4j.update.PluginInfo;
import org.pf4j.update.UpdateRepository;

/**
 * All repositories as one, for pf4j-update's catalogue: a plugin offered by several repositories gets the
 * releases of all of them (pf4j-update itself would let the last repository hide the others' releases). Where
 * two repositories publish the same version, the earlier repository's release counts; so does its name and
 * description.
 */
final class CombinedCatalogue implements UpdateRepository {

    private final List<SignedRepository> repositories;

    CombinedCatalogue(List<SignedRepository> repositories) {
        this.repositories = List.copyOf(repositories);
    }

    @Override
    public Map<String, PluginInfo> getPlugins() {
        Map<String, PluginInfo> combined = new LinkedHashMap<>();
        Map<String, Set<String>> versions = new LinkedHashMap<>();
        for (SignedRepository repository : repositories) {
            for (PluginInfo plugin : repository.getPlugins().values()) {
                PluginInfo merged = combined.computeIfAbsent(plugin.id, id -> copyWithoutReleases(plugin));
                Set<String> known = versions.computeIfAbsent(plugin.id, id -> new HashSet<>());
                for (PluginInfo.PluginRelease release : plugin.releases) {
                    if (known.add(release.version)) {
                        merged.releases.add(release);
                    }
                }
            }
        }
        return combined;
    }

    /** The repository a release of a plugin comes from (the first that publishes it). */
    String repositoryOf(String pluginId, String version) {
        for (SignedRepository repository : repositories) {
            PluginInfo plugin = repository.getPlugin(pluginId);
            if (plugin != null && plugin.releases.stream().anyMatch(release -> release.version.equals(version))) {
                return repository.getId();
            }
        }
        return null;
    }

    private static PluginInfo copyWithoutReleases(PluginInfo plugin) {
        PluginInfo copy = new PluginInfo();
        copy.id = plugin.id;
        copy.name = plugin.name;
        copy.description = plugin.description;
        copy.provider = plugin.provider;
        copy.projectUrl = plugin.projectUrl;
        copy.releases = new ArrayList<>();
        copy.setRepositoryId(plugin.getRepositoryId());
        return copy;
    }

    @Override
    public PluginInfo getPlugin(String id) {
        return getPlugins().get(id);
    }

    @Override
    public String getId() {
        return "all repositories";
    }

    @Override
    public URL getUrl() {
        throw new UnsupportedOperationException("The combined catalogue has no address of its own");
    }

    @Override
    public void refresh() {
        repositories.forEach(SignedRepository::refresh);
    }

    @Override
    public FileDownloader getFileDownloader() {
        throw new UnsupportedOperationException("The marketplace downloads plugin files itself");
    }

    @Override
    public FileVerifier getFileVerifier() {
        throw new UnsupportedOperationException("The marketplace verifies plugin files itself");
    }
}
