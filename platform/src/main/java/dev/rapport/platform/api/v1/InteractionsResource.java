package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.api.Cursor;
import dev.rapport.platform.api.Page;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A customer's interaction log: newest first with a cursor, and appending (append-only, as in the UI). */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InteractionsResource {

    /** The source recorded on interactions appended through the API. */
    public static final String SOURCE = "api";

    private final CustomerService customers;
    private final InteractionService interactions;

    public InteractionsResource(CustomerService customers, InteractionService interactions) {
        this.customers = customers;
        this.interactions = interactions;
    }

    /**
     * What an integrator sends to log a contact; {@code occurredAt} is required (when the contact happened, which only
     * the sender knows).
     */
    public record NewInteractionRequest(Long contactId, Channel channel, Direction direction, String subject,
                                        String notes, Outcome outcome, Instant occurredAt) {
    }

    @GET
    @Path("customers/{id}/interactions")
    public Page<Interaction> list(@PathParam("id") long customerId, @QueryParam("limit") @DefaultValue("50") int limit,
                                  @QueryParam("cursor") String cursor) {
        customers.get(customerId);
        int size = Limits.pageSize(limit);
        Interaction after = null;
        if (cursor != null) {
            List<String> position = Cursor.decode(cursor, "interactions", 2);
            after = new Interaction(Cursor.number(position.get(0)), customerId, null, null, null, null, null, null,
                    Instant.ofEpochMilli(Cursor.number(position.get(1))), null, null, null, null, null);
        }
        List<Interaction> rows = interactions.page(customerId, after, size + 1);
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        Interaction last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), Cursor.encode("interactions", last.id(), last.occurredAt().toEpochMilli()));
    }

    @POST
    @Path("customers/{id}/interactions")
    public Response append(@PathParam("id") long customerId, NewInteractionRequest request,
                           @Context SecurityContext caller) {
        customers.get(customerId);
        Interaction logged = interactions.log(new InteractionDraft(customerId, request.contactId(), request.channel(),
                request.direction(), request.subject(), request.notes(), request.outcome(), request.occurredAt(), SOURCE),
                CallerContext.actor(caller));
        return Response.created(URI.create("/api/v1/interactions/" + logged.id())).entity(logged).build();
    }

    @GET
    @Path("interactions/{id}")
    public Interaction read(@PathParam("id") long id) {
        return interactions.get(id);
    }
}
