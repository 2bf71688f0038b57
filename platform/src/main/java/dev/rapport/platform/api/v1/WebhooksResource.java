package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.api.Cursor;
import dev.rapport.platform.api.Page;
import dev.rapport.platform.api.SecretInAnswer;
import dev.rapport.platform.webhook.WebhookDelivery;
import dev.rapport.platform.webhook.WebhookDraft;
import dev.rapport.platform.webhook.WebhookEventTypes;
import dev.rapport.platform.webhook.WebhookSubscription;
import dev.rapport.platform.webhook.WebhookSubscriptions;
import dev.rapport.platform.webhook.Webhooks;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;

/**
 * Webhook subscriptions for administrators' tokens (a read-write token to change them): list, read, subscribe (the
 * answer carries the secret, once), change, delete, enable, disable, rotate the secret; a subscription's delivery log
 * (newest first, with a cursor) and replay of one message; the kernel's event type names.
 */
@Path("v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WebhooksResource {

    private final Webhooks webhooks;
    private final WebhookSubscriptions subscriptions;

    public WebhooksResource(Webhooks webhooks) {
        this.webhooks = webhooks;
        this.subscriptions = webhooks.subscriptions();
    }

    /**
     * A new subscription and its secret ({@code whsec_…}), which is shown only in this answer (a retry with the same
     * {@code Idempotency-Key} gets null).
     */
    public record Created(WebhookSubscription subscription, String secret) implements SecretInAnswer {
        @Override
        public Object withoutSecret() {
            return new Created(subscription, null);
        }
    }

    /** A rotated secret; the previous one signs too for 24 hours. */
    public record Secret(String secret) implements SecretInAnswer {
        @Override
        public Object withoutSecret() {
            return new Secret(null);
        }
    }

    /**
     * A rotation takes no fields: the secret is always made by the server (a body naming one is refused, so a caller
     * never believes a secret of their own was kept).
     */
    public record RotateRequest() {
    }

    /** Why a subscription is disabled. */
    public record DisableRequest(String reason) {
    }

    @GET
    public Page<WebhookSubscription> list(@Context SecurityContext caller) {
        return new Page<>(subscriptions.all(CallerContext.actor(caller)), null);
    }

    @GET
    @Path("event-types")
    public List<String> eventTypes() {
        return WebhookEventTypes.kernelTypes();
    }

    @POST
    public Response create(WebhookDraft draft, @Context SecurityContext caller) {
        WebhookSubscriptions.Issued issued = subscriptions.create(draft, "kernel", CallerContext.actor(caller));
        return Response.created(URI.create("/api/v1/webhooks/" + issued.subscription().id()))
                .entity(new Created(issued.subscription(), issued.secret())).build();
    }

    @GET
    @Path("{id}")
    public WebhookSubscription read(@PathParam("id") long id, @Context SecurityContext caller) {
        return subscriptions.get(id, CallerContext.actor(caller));
    }

    @PUT
    @Path("{id}")
    public WebhookSubscription update(@PathParam("id") long id, WebhookDraft draft, @Context SecurityContext caller) {
        return subscriptions.update(id, draft, CallerContext.actor(caller));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @Context SecurityContext caller) {
        subscriptions.delete(id, CallerContext.actor(caller));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/enable")
    public WebhookSubscription enable(@PathParam("id") long id, @Context SecurityContext caller) {
        return subscriptions.enable(id, CallerContext.actor(caller));
    }

    @POST
    @Path("{id}/disable")
    public WebhookSubscription disable(@PathParam("id") long id, DisableRequest request, @Context SecurityContext caller) {
        String reason = request == null || request.reason() == null || request.reason().isBlank()
                ? "Disabled through the API" : request.reason().strip();
        return subscriptions.disable(id, reason, CallerContext.actor(caller));
    }

    @POST
    @Path("{id}/rotate-secret")
    public Secret rotateSecret(@PathParam("id") long id, RotateRequest request, @Context SecurityContext caller) {
        return new Secret(subscriptions.rotateSecret(id, CallerContext.actor(caller)));
    }

    @GET
    @Path("{id}/deliveries")
    public Page<WebhookDelivery> deliveries(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit,
                                            @QueryParam("cursor") String cursor, @Context SecurityContext caller) {
        int size = Limits.pageSize(limit);
        Long after = cursor == null ? null : Cursor.number(Cursor.decode(cursor, "webhook-deliveries", 1).get(0));
        List<WebhookDelivery> rows = webhooks.log(id, after, size + 1, CallerContext.actor(caller));
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        return new Page<>(rows.subList(0, size), Cursor.encode("webhook-deliveries", rows.get(size - 1).id()));
    }

    @GET
    @Path("{id}/deliveries/{deliveryId}")
    public WebhookDelivery delivery(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId,
                                    @Context SecurityContext caller) {
        return webhooks.delivery(id, deliveryId, CallerContext.actor(caller));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    public WebhookDelivery replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId,
                                  @Context SecurityContext caller) {
        webhooks.delivery(id, deliveryId, CallerContext.actor(caller));
        return webhooks.replay(deliveryId, CallerContext.actor(caller));
    }
}
