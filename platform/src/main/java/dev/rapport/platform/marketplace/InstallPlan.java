package dev.rapport.platform.marketplace;

import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PluginInstallException;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.SdkVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.PluginDependency;
import org.pf4j.VersionManager;
import org.pf4j.update.PluginInfo;
import org.pf4j.update.UpdateManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The releases one marketplace action installs, dependencies before the plugins that need them (PF4J's
 * {@code Plugin-Dependencies} with version ranges, read from each verified file's manifest). Every file is
 * downloaded and verified while planning, so nothing is installed unless the whole plan holds.
 */
final class InstallPlan {

    private static final Logger log = LoggerFactory.getLogger(InstallPlan.class);

    private final PluginHost host;
    private final UpdateManager catalogue;
    private final ReleaseDownload downloads;
    private final InstallProgress progress;
    private final VersionManager versions;
    private final Map<String, ReleaseDownload.Verified> planned = new LinkedHashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private final List<ReleaseDownload.Verified> downloaded = new ArrayList<>();

    InstallPlan(PluginHost host, UpdateManager catalogue, ReleaseDownload downloads, InstallProgress progress) {
        this.host = host;
        this.catalogue = catalogue;
        this.downloads = downloads;
        this.progress = progress;
        this.versions = host.versions();
    }

    /** Plans installing {@code pluginId} in a version within {@code range}, and what it depends on. */
    void add(String pluginId, String range) {
        add(pluginId, range, null);
    }

    private void add(String pluginId, String range, String neededBy) {
        ReleaseDownload.Verified already = planned.get(pluginId);
        if (already != null) {
            requireWithin(pluginId, already.archive().version(), range, neededBy, "is about to be installed");
            return;
        }
        Optional<String> installed = host.installedVersion(pluginId);
        if (installed.isPresent()) {
            requireWithin(pluginId, installed.get(), range, neededBy, "is installed");
            return;
        }
        if (!resolving.add(pluginId)) {
            throw new MarketplaceException("The plugins depend on each other in a circle through " + pluginId
                    + "; they cannot be installed.");
        }
        PluginInfo plugin = catalogue.getPluginsMap().get(pluginId);
        if (plugin == null) {
            throw new MarketplaceException(neededBy == null ? pluginId + " is in no repository."
                    : neededBy + " needs " + pluginId + ", which is in no repository.");
        }
        PluginInfo.PluginRelease release = newest(plugin, range).orElseThrow(() -> new MarketplaceException(
                "No release of " + pluginId + " works with this platform (SDK " + SdkVersion.CURRENT + ")"
                        + (neededBy == null ? "." : " and is " + range + " as " + neededBy + " needs.")));
        ReleaseDownload.Verified verified = fetch(plugin, release);
        addDependencies(verified);
        planned.put(pluginId, verified);
        resolving.remove(pluginId);
    }

    /** Plans updating the installed {@code pluginId} to its newest compatible release. */
    void addUpdate(String pluginId) {
        String installed = host.installedVersion(pluginId)
                .orElseThrow(() -> new MarketplaceException(pluginId + " is not installed."));
        PluginInfo.PluginRelease release = catalogue.getLastPluginRelease(pluginId);
        if (release == null || versions.compareVersions(release.version, installed) <= 0) {
            throw new MarketplaceException("There is no newer version of " + pluginId + " than " + installed
                    + " that works with this platform.");
        }
        host.requirementsOn(pluginId).forEach((dependent, range) -> {
            if (!within(release.version, range)) {
                throw new MarketplaceException(dependent + " needs " + pluginId + " " + range + "; version "
                        + release.version + " would break it. Update " + dependent + " first.");
            }
        });
        resolving.add(pluginId);
        ReleaseDownload.Verified verified = fetch(catalogue.getPluginsMap().get(pluginId), release);
        addDependencies(verified);
        planned.put(pluginId, verified);
    }

    /** Downloads and verifies exactly {@code version} of {@code pluginId}, without what it depends on. */
    ReleaseDownload.Verified fetchExactly(String pluginId, String version) {
        PluginInfo plugin = catalogue.getPluginsMap().get(pluginId);
        PluginInfo.PluginRelease release = plugin == null || plugin.releases == null ? null : plugin.releases.stream()
                .filter(candidate -> version.equals(candidate.version)).findFirst().orElse(null);
        if (release == null) {
            throw new MarketplaceException(pluginId + " " + version + " is in no repository.");
        }
        return fetch(plugin, release);
    }

    private void addDependencies(ReleaseDownload.Verified verified) {
        for (PluginDependency dependency : verified.archive().dependencies()) {
            if (dependency.isOptional() && host.installedVersion(dependency.getPluginId()).isEmpty()) {
                continue;
            }
            add(dependency.getPluginId(), dependency.getPluginVersionSupport(), verified.archive().id());
        }
    }

    /**
     * Installs (or, for {@code updatedPluginId}, updates) the planned plugins in order. When one fails, the
     * ones installed before it in this plan are uninstalled again.
     *
     * @return the state of the last plugin, the one the administrator asked for
     */
    PluginHost.PluginStatus installAll(Actor actor, String updatedPluginId) {
        List<String> installedNow = new ArrayList<>();
        PluginHost.PluginStatus last = null;
        for (ReleaseDownload.Verified release : planned.values()) {
            String pluginId = release.archive().id();
            String version = release.archive().version();
            try {
                if (pluginId.equals(updatedPluginId)) {
                    progress.reached(InstallProgress.Step.UPDATING, pluginId, version, -1);
                    last = host.update(pluginId, release.file(), release.fileName(), actor);
                } else {
                    progress.reached(InstallProgress.Step.INSTALLING, pluginId, version, -1);
                    last = host.install(release.file(), release.fileName(), actor);
                    installedNow.add(pluginId);
                }
            } catch (PluginInstallException e) {
                undo(installedNow, actor);
                throw new MarketplaceException(pluginId + " " + version + ": " + e.getMessage());
            }
        }
        return last;
    }

    private void undo(List<String> installedNow, Actor actor) {
        for (String pluginId : installedNow.reversed()) {
            try {
                host.uninstall(pluginId, true, actor);
            } catch (RuntimeException e) {
                log.error("Could not remove {} after a failed installation", pluginId, e);
            }
        }
    }

    /** Deletes the downloaded files (the installed ones were copied into the plugins folder). */
    void discard() {
        downloaded.forEach(release -> ReleaseDownload.discard(release.file()));
    }

    private ReleaseDownload.Verified fetch(PluginInfo plugin, PluginInfo.PluginRelease release) {
        progress.reached(InstallProgress.Step.DOWNLOADING, plugin.id, release.version, 0);
        ReleaseDownload.Verified verified = downloads.fetch(plugin, release, (bytes, total) -> progress.reached(
                InstallProgress.Step.DOWNLOADING, plugin.id, release.version, total > 0 ? (double) bytes / total : -1));
        downloaded.add(verified);
        progress.reached(InstallProgress.Step.VERIFYING, plugin.id, release.version, 1);
        return verified;
    }

    /** The newest release that works with this platform and lies within {@code range}. */
    private Optional<PluginInfo.PluginRelease> newest(PluginInfo plugin, String range) {
        return plugin.releases.stream()
                .filter(release -> within(SdkVersion.CURRENT, release.requires) && within(release.version, range))
                .max((first, second) -> versions.compareVersions(first.version, second.version));
    }

    private void requireWithin(String pluginId, String version, String range, String neededBy, String what) {
        if (!within(version, range)) {
            throw new MarketplaceException(pluginId + " " + version + " " + what + ", but " + neededBy + " needs "
                    + pluginId + " " + range + ".");
        }
    }

    private boolean within(String version, String range) {
        return range == null || range.isBlank() || range.strip().equals("*")
                || versions.checkVersionConstraint(version, range.strip());
    }
}
