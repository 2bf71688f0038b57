package dev.rapport.platform.plugin;

import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.RestResourceContribution;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.pf4j.PluginRuntimeException;

/**
 * The public endpoints of the running plugins, by plugin id and path: what {@code /public/<plugin-id>/<path>}
 * serves; and their REST resources, what {@code /api/v1/plugins/<plugin-id>/} serves. An endpoint is here only while its plugin runs, so a disabled or failed plugin serves nothing.
 */
public final class PublicEndpointRegistry {

    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final Map<String, Map<String, PublicEndpoint>> endpoints = new ConcurrentHashMap<>();
    private final Map<String, Object> apiResources = new ConcurrentHashMap<>();
    private final PluginHealth health;

    public PublicEndpointRegistry(PluginHealth health) {
        this.health = health;
    }

    void add(String pluginId, PublicEndpoint endpoint) {
        String path = endpoint.path();
        if (path == null || !PATH.matcher(path).matches()) {
            throw new PluginRuntimeException("The public endpoint path ''{}'' must be lower-case letters, digits and dashes",
                    path);
        }
        if (endpoints.computeIfAbsent(pluginId, id -> new ConcurrentHashMap<>()).putIfAbsent(path, endpoint) != null) {
            throw new PluginRuntimeException("Two public endpoints of {} have the path ''{}''", pluginId, path);
        }
    }

    /** Serves the plugin's REST resource ({@link RestResourceContribution}) under {@code /api/v1/plugins/<id>/}. */
    void addApiResource(String pluginId, RestResourceContribution contribution) {
        Object resource = contribution.resource();
        if (resource == null) {
            throw new PluginRuntimeException("The REST resource contribution of {} returned null", pluginId);
        }
        if (apiResources.putIfAbsent(pluginId, resource) != null) {
            throw new PluginRuntimeException("{} contributes more than one REST resource", pluginId);
        }
    }

    void removeOwnedBy(String pluginId) {
        endpoints.remove(pluginId);
        apiResources.remove(pluginId);
    }

    /** The REST resource of {@code pluginId}, while that plugin runs. */
    public Optional<Object> apiResource(String pluginId) {
        return Optional.ofNullable(apiResources.get(pluginId));
    }

    /** Records a failure of a plugin's REST resource on the Plugins page. */
    public void apiResourceFailed(String pluginId, Throwable failure) {
        health.failed(pluginId, "REST resource", failure);
    }

    /** The endpoint serving {@code path} of {@code pluginId}, while that plugin runs. */
    public Optional<PublicEndpoint> find(String pluginId, String path) {
        return Optional.ofNullable(endpoints.getOrDefault(pluginId, Map.of()).get(path));
    }

    /**
     * Lets the endpoint answer, as the plugin's system identity (no user signs in to a public endpoint); a plugin
     * that throws (or answers nothing) is recorded and the caller gets empty.
     */
    public Optional<PublicResponse> handle(String pluginId, PublicEndpoint endpoint, PublicRequest request) {
        try {
            PublicResponse response = PluginActor.callAs(pluginId, () -> endpoint.handle(request));
            if (response == null) {
                throw new IllegalStateException("The endpoint answered null");
            }
            return Optional.of(response);
        } catch (RuntimeException | LinkageError e) {
            health.failed(pluginId, "public endpoint " + endpoint.path(), e);
            return Optional.empty();
        }
    }

    /** Whether the endpoint serves GET; an endpoint that throws here is recorded and serves no GET. */
    public boolean servesGet(String pluginId, PublicEndpoint endpoint) {
        try {
            return endpoint.servesGet();
        } catch (RuntimeException | LinkageError e) {
            health.failed(pluginId, "public endpoint " + endpoint.path(), e);
            return false;
        }
    }

    /** As {@link #handle}, for a GET ({@link PublicEndpoint#handleGet}). */
    public Optional<PublicResponse> handleGet(String pluginId, PublicEndpoint endpoint, PublicRequest request) {
        try {
            PublicResponse response = PluginActor.callAs(pluginId, () -> endpoint.handleGet(request));
            if (response == null) {
                throw new IllegalStateException("The endpoint answered null");
            }
            return Optional.of(response);
        } catch (RuntimeException | LinkageError e) {
            health.failed(pluginId, "public endpoint " + endpoint.path(), e);
            return Optional.empty();
        }
    }
}
