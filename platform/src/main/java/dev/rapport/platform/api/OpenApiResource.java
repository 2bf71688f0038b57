package dev.rapport.platform.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/**
 * The API's description, readable without a token: the OpenAPI document at {@code /api/v1/openapi.json} and a
 * browsable page at {@code /api/docs} (Swagger UI, served from its webjar by the product itself).
 */
@Path("")
@Hidden
public final class OpenApiResource {

    /** The document, at {@code v1} beside the kernel's resources (see {@code CustomersResource} on why). */
    @Path("v1")
    @Hidden
    public static final class Document {

        private final String json = OpenApiDocument.json();

        @GET
        @Path("openapi.json")
        @Produces(MediaType.APPLICATION_JSON)
        public Response document() {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    private static final Set<String> ASSETS = Set.of("swagger-ui.css", "swagger-ui-bundle.js", "index.css",
            "favicon-32x32.png", "favicon-16x16.png");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="UTF-8">
              <title>Rapport CRM REST API</title>
              <link rel="stylesheet" href="docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="docs/swagger-ui-bundle.js"></script>
              <script src="docs/initializer.js"></script>
            </body>
            </html>
            """;
    private static final String INITIALIZER = """
            window.onload = () => {
              window.ui = SwaggerUIBundle({ url: "v1/openapi.json", dom_id: "#swagger-ui" });
            };
            """;

    private final String webjarRoot = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

    @GET
    @Path("docs")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }

    @GET
    @Path("docs/initializer.js")
    @Produces("text/javascript")
    public String initializer() {
        return INITIALIZER;
    }

    @GET
    @Path("docs/{asset}")
    public Response asset(@PathParam("asset") String asset) {
        if (!ASSETS.contains(asset)) {
            throw new NotFoundException();
        }
        InputStream content = OpenApiResource.class.getClassLoader().getResourceAsStream(webjarRoot + asset);
        if (content == null) {
            throw new NotFoundException();
        }
        String type = asset.endsWith(".css") ? "text/css" : asset.endsWith(".js") ? "text/javascript" : "image/png";
        return Response.ok(content, type).header("Cache-Control", "public, max-age=86400").build();
    }

    private static String swaggerUiVersion() {
        try (InputStream pom = OpenApiResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            if (pom != null) {
                properties.load(pom);
            }
            return properties.getProperty("version", "missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
