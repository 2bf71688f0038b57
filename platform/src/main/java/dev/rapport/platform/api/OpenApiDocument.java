package dev.rapport.platform.api;

import dev.rapport.platform.api.v1.CallsResource;
import dev.rapport.platform.api.v1.CatalogueResource;
import dev.rapport.platform.api.v1.CustomersResource;
import dev.rapport.platform.api.v1.InteractionsResource;
import dev.rapport.platform.api.v1.SegmentsResource;
import dev.rapport.platform.api.v1.TasksResource;
import dev.rapport.platform.api.v1.TransactionsResource;
import dev.rapport.platform.api.v1.WebhooksResource;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document of the kernel's API, generated from the resource classes by swagger-core, so it cannot
 * describe anything the code does not do. Plugins' resources are not in it: they come and go at runtime.
 */
public final class OpenApiDocument {

    /** The kernel's resource classes, in the order the document lists them. */
    static final List<Class<?>> RESOURCES = List.of(CustomersResource.class, InteractionsResource.class,
            TransactionsResource.class, TasksResource.class, CatalogueResource.class, SegmentsResource.class,
            CallsResource.class, WebhooksResource.class);

    private OpenApiDocument() {
    }

    /** The document as pretty-printed JSON, the same on every call. */
    public static String json() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Rapport CRM REST API").version("1")
                        .description("Every call needs an access token (Authorization: Bearer rap_...) created on the "
                                + "account page; it acts with its user's permissions. Errors are "
                                + "application/problem+json; unknown JSON fields are refused."))
                .servers(List.of(new Server().url("/api")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
        SwaggerConfiguration configuration = new SwaggerConfiguration().openAPI(base).openAPI31(true)
                .prettyPrint(true).sortOutput(true);
        Reader reader = new Reader(configuration);
        Set<Class<?>> classes = new LinkedHashSet<>(RESOURCES);
        OpenAPI document = reader.read(classes);
        // Sorted, so that the same code gives the same text whatever order reflection lists methods in.
        Paths paths = new Paths();
        new TreeMap<>(document.getPaths()).forEach(paths::addPathItem);
        document.setPaths(paths);
        document.getComponents().setSchemas(new TreeMap<>(document.getComponents().getSchemas()));
        return Json31.pretty(document);
    }
}
