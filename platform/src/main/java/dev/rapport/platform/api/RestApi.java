package dev.rapport.platform.api;

import com.vaadin.flow.i18n.I18NProvider;
import dev.rapport.platform.ServiceRegistry;
import dev.rapport.platform.api.v1.CallsResource;
import dev.rapport.platform.api.v1.CatalogueResource;
import dev.rapport.platform.api.v1.CustomersResource;
import dev.rapport.platform.api.v1.InteractionsResource;
import dev.rapport.platform.api.v1.SegmentsResource;
import dev.rapport.platform.api.v1.TasksResource;
import dev.rapport.platform.api.v1.TransactionsResource;
import dev.rapport.platform.api.v1.WebhooksResource;
import dev.rapport.platform.webhook.Webhooks;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.CustomerMerger;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PublicEndpointRegistry;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.telephony.CallLog;
import dev.rapport.platform.user.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import org.glassfish.jersey.message.DeflateEncoder;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.EncodingFilter;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The REST API under {@code /api/}: Jersey (Jakarta REST 4) in the same Jetty as the UI, its resources made with the
 * kernel's services so that a call does exactly what the same action in the UI does. Nothing is scanned: every
 * resource and provider is registered here.
 *
 * <p>Settings: {@code api.requests.per.minute} per token (600), {@code api.max.body.bytes} (1 MiB) and
 * {@code api.cors.origins} (none).
 */
public final class RestApi {

    /** Where the API is mounted. */
    public static final String PATH = "/api";

    private RestApi() {
    }

    /** The servlet that serves the API, made with the platform's services. */
    public static ServletContainer servlet(ServiceRegistry services) {
        return new ApiServlet(application(services), services.require(Database.class), maxBodyBytes(services));
    }

    private static int maxBodyBytes(ServiceRegistry services) {
        return services.require(RapportConfig.class).getInt("api.max.body.bytes", 1_048_576);
    }

    static ResourceConfig application(ServiceRegistry services) {
        RapportConfig config = services.require(RapportConfig.class);
        Clock clock = services.require(Clock.class);
        CustomerService customers = services.require(CustomerService.class);
        ResourceConfig application = new ResourceConfig();
        application.setApplicationName("rapport-api");
        application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Every provider is registered here; none is picked up from a jar on the class path.
        application.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        application.property(ServerProperties.BV_FEATURE_DISABLE, true);
        application.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        application.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
        application.register(new JsonBodies());
        PublicEndpointRegistry plugins = services.require(PublicEndpointRegistry.class);
        application.register(new ProblemMapper((BundleI18NProvider) services.require(I18NProvider.class),
                plugins::apiResourceFailed));
        application.register(new ApiGate(services.require(AccessTokens.class),
                new TokenRateLimits(config.getPerNodeLimit("api.requests.per.minute", 600), Duration.ofMinutes(1), clock),
                CorsOrigins.parse(config.get("api.cors.origins", "")),
                maxBodyBytes(services)));
        application.register(new IdempotencyFilter(new IdempotencyStore(services.require(Database.class), clock)));
        application.register(new ServerTiming());
        application.register(EncodingFilter.class).register(GZipEncoder.class).register(DeflateEncoder.class);
        application.register(new CustomersResource(customers, services.require(CustomerMerger.class)));
        application.register(new InteractionsResource(customers, services.require(InteractionService.class)));
        application.register(new TransactionsResource(customers, services.require(TransactionService.class)));
        application.register(new TasksResource(services.require(TaskService.class), services.require(ModuleAccess.class)));
        application.register(new CatalogueResource(services.require(ProductCatalog.class),
                services.require(UserDirectory.class)));
        application.register(new SegmentsResource(services.require(SegmentService.class)));
        application.register(new CallsResource(services.require(CallLog.class)));
        application.register(new WebhooksResource(services.require(Webhooks.class)));
        application.register(new OpenApiResource());
        application.register(new OpenApiResource.Document());
        application.register(new PluginResources(plugins, services.require(ModuleAccess.class)));
        return application;
    }
}
