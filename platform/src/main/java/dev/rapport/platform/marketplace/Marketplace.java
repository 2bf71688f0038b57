package dev.rapport.platform.marketplace;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PluginInstallException;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.SdkVersion;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.config.RapportConfig;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pf4j.update.PluginInfo;
import org.pf4j.update.UpdateManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin marketplace: what the configured repositories offer, and installing, updating and uninstalling
 * plugins from them while the platform runs (administrators only; every action audited, refusals too).
 *
 * <p>Nothing unverified is ever loaded: a release is downloaded into a staging folder and checked (SHA-512,
 * trusted signature, manifest) before the plugin host sees it; its SDK range is checked before the download;
 * the plugins it depends on are resolved and installed first, or the installation is refused with the reason.
 * An installation is all or nothing; a failed update leaves the previous version running.
 */
public final class Marketplace {

    private static final Logger log = LoggerFactory.getLogger(Marketplace.class);
    private static final int MAX_NAME = 100;

    private final PluginHost host;
    private final RepositoryStore store;
    private final Optional<URI> shippedRepository;
    private final Fetcher fetcher;
    private final TrustStore trust;
    private final IndexFreshness freshness;
    private final ReleaseDownload downloads;
    private final AuditLog audit;
    private final TrustedKeys trustedKeys;
    private volatile List<SignedRepository> repositories;

    Marketplace(PluginHost host, RepositoryStore store, Optional<URI> shippedRepository, Fetcher fetcher,
                TrustStore trust, TrustedKeys trustedKeys, IndexFreshness freshness, ReleaseDownload downloads,
                AuditLog audit) {
        this.trustedKeys = trustedKeys;
        trustedKeys.onChange(() -> repositories = null);
        this.host = host;
        this.store = store;
        this.shippedRepository = shippedRepository;
        this.fetcher = fetcher;
        this.trust = trust;
        this.freshness = freshness;
        this.downloads = downloads;
        this.audit = audit;
    }

    /**
     * The marketplace as configured: {@code marketplace.repository} (the shipped repository folder, relative to
     * the installation, or a URL), {@code marketplace.trusted.keys}, {@code marketplace.allow.unsigned},
     * {@code marketplace.download.max.mb} and {@code marketplace.download.timeout.seconds}. Downloads are staged
     * in the plugins folder's hidden {@code .staging} folder, emptied here.
     */
    public static Marketplace create(RapportConfig config, DSLContext dsl, Clock clock, PluginHost host,
                                     AuditLog audit) {
        TrustStore configured = TrustStore.configured(config);
        TrustedKeys trustedKeys = new TrustedKeys(dsl, clock, audit, configured.configuredKeys(),
                config.demoInstallation());
        TrustStore trust = configured.withAdded(trustedKeys::addedKeys);
        Fetcher fetcher = new Fetcher(Duration.ofSeconds(config.getInt("marketplace.download.timeout.seconds", 60)),
                config.getInt("marketplace.download.max.mb", 200) * 1024L * 1024L);
        Path staging = host.pluginsFolder().resolve(".staging");
        emptyFolder(staging);
        String shipped = config.get("marketplace.repository", "marketplace").strip();
        Optional<URI> shippedUrl = shipped.isEmpty() ? Optional.empty() : folderAddress(shipped.contains(":")
                ? shipped : config.home().resolve(shipped).toAbsolutePath().normalize().toUri().toString());
        return new Marketplace(host, new RepositoryStore(dsl, clock), shippedUrl, fetcher, trust, trustedKeys,
                new IndexFreshness(dsl, clock),
                new ReleaseDownload(fetcher, trust, staging), audit);
    }

    private static void emptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Cannot empty the marketplace staging folder {}: {}", folder, e.toString());
        }
    }

    /** The name of the repository that ships with the product. */
    public static final String SHIPPED = "Rapport";

    /** A repository and what reading it gave. */
    public record Repository(Long id, String name, String url, boolean shipped, int pluginCount, String problem) {
    }

    /** A plugin as the marketplace page shows it. */
    public record Offer(String id, String name, String description, String provider, String repository,
                        String availableVersion, String installedVersion, boolean updateAvailable, String refusal) {

        public boolean installed() {
            return installedVersion != null;
        }
    }

    /** The publisher keys trusted: the configured ones and those administrators add here. */
    public TrustedKeys trustedKeys() {
        return trustedKeys;
    }

    /** Whether unsigned plugins are accepted (a development installation); the page warns about it. */
    public boolean allowsUnsigned() {
        return trust.allowsUnsigned();
    }

    public List<Repository> repositories() {
        List<Repository> result = new ArrayList<>();
        List<RepositoryStore.Entry> added = entries();
        for (SignedRepository repository : repositoryList()) {
            Long id = added.stream().filter(entry -> entry.name().equals(repository.getId()))
                    .map(RepositoryStore.Entry::id).findFirst().orElse(null);
            result.add(new Repository(id, repository.getId(), repository.getUrl().toString(), id == null,
                    repository.getPlugins().size(), repository.problem().orElse(null)));
        }
        return result;
    }

    /**
     * Adds a repository by the address of its folder ({@code https://…/}, {@code file:/…/}).
     *
     * @throws ValidationException for a missing or taken name or an address that is no file or HTTP(S) URL
     */
    public Repository addRepository(String name, String address, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "add marketplace repositories");
        String trimmedName = name == null ? "" : name.strip();
        List<FieldError> errors = new ArrayList<>();
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME) {
            errors.add(new FieldError("name", "marketplace.repository.name.invalid", List.of(MAX_NAME)));
        } else if (trimmedName.equalsIgnoreCase(SHIPPED) || store.nameTaken(trimmedName)) {
            errors.add(new FieldError("name", "marketplace.repository.name.taken", List.of(trimmedName)));
        }
        Optional<URI> url = folderAddress(address == null ? "" : address.strip());
        if (url.isEmpty()) {
            errors.add(new FieldError("url", "marketplace.repository.url.invalid", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.add(trimmedName, url.get(), actor.userId());
        audit.record(actor, AuditAction.MARKETPLACE_REPOSITORY_ADDED, "repository", trimmedName, url.get().toString());
        repositories = null;
        return repositories().stream().filter(repository -> repository.name().equals(trimmedName)).findFirst()
                .orElseThrow();
    }

    public void removeRepository(long id, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "remove marketplace repositories");
        store.remove(id).ifPresent(name -> audit.record(actor, AuditAction.MARKETPLACE_REPOSITORY_REMOVED,
                "repository", name, null));
        repositories = null;
    }

    /** Reads every repository's plugin list again on the next look. */
    public void refresh() {
        repositoryList().forEach(SignedRepository::refresh);
    }

    /**
     * What the repositories offer, matching {@code search} (in id, name, description or provider; blank for all),
     * plus the installed plugins no repository offers (so they can be uninstalled here too), by name.
     */
    public List<Offer> offers(String search) {
        CombinedCatalogue combined = new CombinedCatalogue(repositoryList());
        UpdateManager catalogue = host.updateManager(List.of(combined));
        Map<String, Offer> offers = new TreeMap<>();
        for (PluginInfo plugin : catalogue.getPlugins()) {
            String installed = host.installedVersion(plugin.id).orElse(null);
            PluginInfo.PluginRelease available = catalogue.getLastPluginRelease(plugin.id);
            boolean update = installed != null && available != null
                    && host.versions().compareVersions(available.version, installed) > 0;
            offers.put(plugin.id, new Offer(plugin.id, plugin.name == null ? plugin.id : plugin.name,
                    plugin.description, plugin.provider,
                    available == null ? plugin.getRepositoryId() : combined.repositoryOf(plugin.id, available.version),
                    available == null ? null : available.version, installed, update,
                    available == null ? incompatibility(plugin) : null));
        }
        for (PluginHost.PluginStatus status : host.plugins()) {
            offers.putIfAbsent(status.id(), new Offer(status.id(), status.id(), status.description(),
                    status.provider(), null, null, status.version(), false, null));
        }
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return offers.values().stream().filter(offer -> term.isEmpty() || matches(offer, term))
                .sorted(Comparator.comparing((Offer offer) -> offer.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * Installs the newest compatible release of {@code pluginId} and, first, the plugins it depends on.
     *
     * @throws MarketplaceException with the reason when it was refused or failed; nothing stays installed then
     */
    public PluginHost.PluginStatus install(String pluginId, Actor actor, InstallProgress progress) {
        Permissions.require(actor, Role.ADMINISTRATOR, "install plugins");
        if (host.installedVersion(pluginId).isPresent()) {
            throw refused(pluginId, actor, new MarketplaceException(pluginId + " is already installed."));
        }
        InstallPlan plan = newPlan(progress);
        try {
            plan.add(pluginId, "*");
            PluginHost.PluginStatus status = plan.installAll(actor, null);
            log.info("Marketplace: {} installed by {}", pluginId, actor.displayName());
            return status;
        } catch (MarketplaceException e) {
            throw refused(pluginId, actor, e);
        } finally {
            plan.discard();
        }
    }

    /**
     * Updates {@code pluginId} to its newest compatible release (installing new dependencies first). The old
     * version keeps running if the new one fails.
     *
     * @throws MarketplaceException with the reason when it was refused or the new version failed
     */
    public PluginHost.PluginStatus update(String pluginId, Actor actor, InstallProgress progress) {
        Permissions.require(actor, Role.ADMINISTRATOR, "update plugins");
        InstallPlan plan = newPlan(progress);
        try {
            plan.addUpdate(pluginId);
            return plan.installAll(actor, pluginId);
        } catch (MarketplaceException e) {
            throw refused(pluginId, actor, e);
        } finally {
            plan.discard();
        }
    }

    /**
     * Uninstalls {@code pluginId}; with {@code removeData} its tables and settings go too.
     *
     * @throws MarketplaceException when other plugins depend on it or its data cannot be removed
     */
    public void uninstall(String pluginId, boolean removeData, Actor actor) {
        try {
            host.uninstall(pluginId, removeData, actor);
        } catch (PluginInstallException e) {
            throw refused(pluginId, actor, new MarketplaceException(e.getMessage()));
        }
    }

    /**
     * Brings exactly {@code version} of {@code pluginId}, which the other nodes of the cluster run, from the
     * repositories to this node: downloaded and verified as for an installation, then put into the plugins folder (a
     * new plugin) or put in place of this node's older version. Repositories are read afresh, as another node may have
     * added one.
     *
     * @throws MarketplaceException when no repository offers that version, or it fails verification or to start
     */
    public void bringToThisNode(String pluginId, String version) {
        repositories = null;
        refresh();
        InstallPlan plan = newPlan(InstallProgress.NONE);
        try {
            ReleaseDownload.Verified release = plan.fetchExactly(pluginId, version);
            if (host.installedVersion(pluginId).isPresent()) {
                host.update(pluginId, release.file(), release.fileName(), Actor.SYSTEM);
            } else {
                host.addFromCluster(release.file(), release.fileName());
            }
        } catch (PluginInstallException e) {
            throw new MarketplaceException(pluginId + " " + version + ": " + e.getMessage());
        } finally {
            plan.discard();
        }
    }

    private InstallPlan newPlan(InstallProgress progress) {
        return new InstallPlan(host, host.updateManager(List.of(new CombinedCatalogue(repositoryList()))), downloads,
                progress);
    }

    private MarketplaceException refused(String pluginId, Actor actor, MarketplaceException reason) {
        audit.record(actor, AuditAction.PLUGIN_INSTALL_REFUSED, "plugin", pluginId, reason.getMessage());
        log.warn("Marketplace: {} refused: {}", pluginId, reason.getMessage());
        return reason;
    }

    private String incompatibility(PluginInfo plugin) {
        String newest = plugin.releases == null ? null : plugin.releases.stream()
                .map(release -> release.requires).filter(requires -> requires != null && !requires.isBlank())
                .reduce((first, second) -> second).orElse(null);
        return "No release works with this platform (SDK " + SdkVersion.CURRENT + ")"
                + (newest == null ? "." : "; the newest needs SDK " + newest + ".");
    }

    private static boolean matches(Offer offer, String term) {
        return java.util.stream.Stream.of(offer.id(), offer.name(), offer.description(), offer.provider())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(term));
    }

    private List<RepositoryStore.Entry> entries() {
        return store.added();
    }

    /** The shipped repository first: for a version published in several, its release counts. */
    private List<SignedRepository> repositoryList() {
        List<SignedRepository> current = repositories;
        if (current == null) {
            List<SignedRepository> list = new ArrayList<>();
            shippedRepository.flatMap(url -> repository(SHIPPED, url)).ifPresent(list::add);
            for (RepositoryStore.Entry entry : entries()) {
                repository(entry.name(), entry.url()).ifPresent(list::add);
            }
            current = List.copyOf(list);
            repositories = current;
        }
        return current;
    }

    private Optional<SignedRepository> repository(String name, URI url) {
        try {
            return Optional.of(new SignedRepository(name, url.toURL(), fetcher, trust, freshness));
        } catch (MalformedURLException | IllegalArgumentException e) {
            log.warn("Marketplace repository {} has an unusable address {}: {}", name, url, e.getMessage());
            return Optional.empty();
        }
    }

    /** A folder address: file or HTTP(S), absolute, ending with "/" so release paths resolve inside it. */
    static Optional<URI> folderAddress(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean usable = switch (scheme) {
                case "http", "https" -> uri.getHost() != null;
                case "file" -> uri.getPath() != null && uri.getPath().startsWith("/");
                default -> false;
            };
            return usable ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
