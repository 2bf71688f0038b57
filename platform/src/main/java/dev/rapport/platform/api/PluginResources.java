package dev.rapport.platform.api;

import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PublicEndpointRegistry;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Mounts the running plugins' REST resources ({@code RestResourceContribution}) at {@code /api/v1/plugins/<id>/}:
 * a sub-resource locator hands Jersey the plugin's resource object, whose methods match the rest of the path. A
 * plugin that is not running, or that the caller's departments do not use, answers 404 like a path that does not
 * exist.
 */
@Path("v1/plugins")
public final class PluginResources {

    private final PublicEndpointRegistry registry;
    private final ModuleAccess modules;

    PluginResources(PublicEndpointRegistry registry, ModuleAccess modules) {
        this.registry = registry;
        this.modules = modules;
    }

    @Path("{pluginId}")
    public Object plugin(@PathParam("pluginId") String pluginId, @Context SecurityContext caller) {
        return registry.apiResource(pluginId)
                .filter(resource -> modules.isEnabledFor(pluginId, CallerContext.actor(caller)))
                .orElseThrow(() -> new ApiProblem(404, "no-such-resource",
                        "No API resource has this path; see /api/v1/openapi.json."));
    }
}
