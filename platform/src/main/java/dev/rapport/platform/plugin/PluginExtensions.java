package dev.rapport.platform.plugin;

import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.sdk.extension.CustomerFacts;
import dev.rapport.sdk.extension.CustomerListColumn;
import dev.rapport.sdk.extension.HomeCard;
import dev.rapport.sdk.extension.CustomerTab;
import dev.rapport.sdk.extension.CustomerTimeline;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.extension.EventTypeListener;
import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PermissionContribution;
import dev.rapport.sdk.extension.PluginRoute;
import dev.rapport.sdk.extension.SettingsContribution;
import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.RestResourceContribution;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.extension.UnmatchedMailAction;
import dev.rapport.sdk.segment.SegmentFacet;
import dev.rapport.platform.segment.SegmentFacetRegistry;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.sdk.job.BackgroundJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.PluginRuntimeException;

/**
 * Puts a started plugin's extensions where the platform uses them (routes, menu, customer tabs, facts and timeline
 * entries, event
 * listeners, metrics, public endpoints, its texts) and takes them away again. Registration is all or nothing.
 */
final class PluginExtensions {

    /** How long a stopping plugin waits for its running jobs to end after asking them to. */
    private static final Duration JOB_STOP_WAIT = Duration.ofSeconds(10);

    private final RapportPluginManager plugins;
    private final PluginPages pages;
    private final CustomerTabRegistry tabs;
    private final CustomerContributions customer360;
    private final MetricRegistry metrics;
    private final PublicEndpointRegistry endpoints;
    private final EventDispatcher events;
    private final BundleI18NProvider translations;
    private final SegmentFacetRegistry facets;
    private final JobScheduler jobs;
    private final PluginSettingForms settingForms;
    private final PluginPermissions permissions;
    private final HomeCards homeCards;
    private final UnmatchedMailActions mailActions;

    PluginExtensions(RapportPluginManager plugins, PluginPages pages, CustomerTabRegistry tabs,
                     CustomerContributions customer360, MetricRegistry metrics, PublicEndpointRegistry endpoints,
                     EventDispatcher events, BundleI18NProvider translations, SegmentFacetRegistry facets,
                     JobScheduler jobs, PluginSettingForms settingForms, PluginPermissions permissions,
                     HomeCards homeCards, UnmatchedMailActions mailActions) {
        this.homeCards = homeCards;
        this.mailActions = mailActions;
        this.settingForms = settingForms;
        this.permissions = permissions;
        this.plugins = plugins;
        this.pages = pages;
        this.tabs = tabs;
        this.customer360 = customer360;
        this.metrics = metrics;
        this.endpoints = endpoints;
        this.events = events;
        this.translations = translations;
        this.facets = facets;
        this.jobs = jobs;
    }

    static String bundleOf(String pluginId) {
        return "plugins." + pluginId + ".messages";
    }

    /**
     * Makes the plugin's texts available; called before the plugin starts, so that {@code start()} may already
     * use its translations (e.g. for data it makes). {@link #unregister} takes them away again.
     */
    void registerTranslations(String pluginId) {
        ClassLoader classLoader = plugins.getPluginClassLoader(pluginId);
        if (classLoader.getResource("plugins/" + pluginId + "/messages.properties") != null) {
            translations.register("plugins/" + pluginId + "/messages", classLoader, bundleOf(pluginId));
        }
    }

    void register(String pluginId) {
        try {
            // First, so that the contributions a caller sees appear as the plugin turns STARTED, as before jobs.
            plugins.extensionsOf(BackgroundJob.class, pluginId)
                    .forEach(job -> jobs.add(pluginId, new ActingJob(pluginId, job)));
            plugins.extensionsOf(PermissionContribution.class, pluginId)
                    .forEach(contribution -> permissions.add(pluginId, contribution.permissions()));
            plugins.extensionsOf(SettingsContribution.class, pluginId).forEach(form -> settingForms.add(pluginId, form));
            registerNavigation(pluginId);
            plugins.extensionsOf(CustomerTab.class, pluginId).forEach(tab -> tabs.add(pluginId, tab));
            plugins.extensionsOf(HomeCard.class, pluginId).forEach(card -> homeCards.add(pluginId, card));
            plugins.extensionsOf(UnmatchedMailAction.class, pluginId)
                    .forEach(action -> mailActions.add(pluginId, action));
            plugins.extensionsOf(CustomerFacts.class, pluginId).forEach(facts -> customer360.addFacts(pluginId, facts));
            plugins.extensionsOf(CustomerTimeline.class, pluginId)
                    .forEach(timeline -> customer360.addTimeline(pluginId, timeline));
            plugins.extensionsOf(CustomerListColumn.class, pluginId)
                    .forEach(column -> customer360.addListColumn(pluginId, column));
            plugins.extensionsOf(ScorecardMetric.class, pluginId).forEach(metric -> metrics.add(pluginId, metric));
            plugins.extensionsOf(PublicEndpoint.class, pluginId).forEach(endpoint -> endpoints.add(pluginId, endpoint));
            plugins.extensionsOf(RestResourceContribution.class, pluginId)
                    .forEach(resource -> endpoints.addApiResource(pluginId, resource));
            plugins.extensionsOf(SegmentFacet.class, pluginId).forEach(facet -> facets.add(pluginId, facet));
            for (DomainEventListener listener : plugins.extensionsOf(DomainEventListener.class, pluginId)) {
                events.register(listenerId(pluginId, listener), pluginId, new ActingListener(pluginId, listener));
            }
            for (EventTypeListener listener : plugins.extensionsOf(EventTypeListener.class, pluginId)) {
                events.register(listenerId(pluginId, listener), pluginId, new ActingTypeListener(pluginId, listener));
            }
        } catch (RuntimeException | LinkageError e) {
            unregister(pluginId);
            throw e;
        }
    }

    /** A listener's id in the dispatcher, the same across restarts: it keys the listener's position in the outbox. */
    private static String listenerId(String pluginId, Object listener) {
        return pluginId + ":" + listener.getClass().getName();
    }

    /** The plugin's type listener {@code listener} (any instance of its class) wants other types now. */
    void eventTypesChanged(String pluginId, EventTypeListener listener) {
        events.typesChanged(listenerId(pluginId, listener));
    }

    private void registerNavigation(String pluginId) {
        List<PluginRoute> routes = new ArrayList<>();
        List<MenuItem> menu = new ArrayList<>();
        for (NavigationContribution contribution : plugins.extensionsOf(NavigationContribution.class, pluginId)) {
            for (PluginRoute route : contribution.routes()) {
                requireOwnPath(pluginId, route.path());
                permissions.requireForView(pluginId, route.view(), route.requiredPermission());
                routes.add(route);
            }
            for (MenuItem item : contribution.menuItems()) {
                requireOwnPath(pluginId, item.path());
                menu.add(item);
            }
        }
        pages.add(pluginId, routes, menu);
    }

    private static void requireOwnPath(String pluginId, String path) {
        if (path == null || !(path.equals(pluginId) || path.startsWith(pluginId + "/"))) {
            throw new PluginRuntimeException("The route ''{}'' must start with the plugin id ''{}''", path, pluginId);
        }
    }

    void unregister(String pluginId) {
        // First: a running job is asked to stop and waited for while everything it may use is still there.
        jobs.removeOwnedBy(pluginId, JOB_STOP_WAIT);
        events.unregisterOwnedBy(pluginId);
        settingForms.removeOwnedBy(pluginId);
        permissions.removeOwnedBy(pluginId);
        facets.removeOwnedBy(pluginId);
        metrics.removeOwnedBy(pluginId);
        homeCards.removeOwnedBy(pluginId);
        mailActions.removeOwnedBy(pluginId);
        endpoints.removeOwnedBy(pluginId);
        tabs.removeOwnedBy(pluginId);
        customer360.removeOwnedBy(pluginId);
        pages.remove(pluginId);
        translations.unregister(bundleOf(pluginId));
    }
}
