package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.ApiProblem;
import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.api.Cursor;
import dev.rapport.platform.api.Page;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerMerger;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.sdk.customer.LifecycleStage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Customers: a filtered list with an opaque keyset cursor, read (with the version as ETag), create, update guarded by
 * {@code If-Match}, merge, and their contact persons. (Every kernel resource whose paths share a prefix sits at
 * {@code v1}: Jakarta REST picks one root resource by its longest literal path and never falls back to another.) Every call goes through {@link CustomerService} as the token's
 * user, so the UI's permissions, validation, events and audit entries apply unchanged.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CustomersResource {

    private final CustomerService customers;
    private final CustomerMerger merger;

    public CustomersResource(CustomerService customers, CustomerMerger merger) {
        this.customers = customers;
        this.merger = merger;
    }

    /** What a merge takes: the customer that is merged into the one in the path, and then gone. */
    public record MergeRequest(long mergedId) {
    }

    @GET
    @Path("customers")
    public Page<CustomerSummary> list(@QueryParam("name") String name, @QueryParam("stage") List<LifecycleStage> stages,
                                      @QueryParam("ownerId") Long ownerId, @QueryParam("tag") String tag,
                                      @QueryParam("sort") @DefaultValue("NAME_ASCENDING") CustomerSort sort,
                                      @QueryParam("limit") @DefaultValue("50") int limit,
                                      @QueryParam("cursor") String cursor) {
        int size = Limits.pageSize(limit);
        CustomerFilter filter = new CustomerFilter(name, stages.isEmpty() ? Set.of() : EnumSet.copyOf(stages), ownerId, tag);
        List<CustomerSummary> rows = customers.list(filter, sort, after(cursor, sort), size + 1);
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        CustomerSummary last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), Cursor.encode(kind(sort), last.id(), last.createdAt().toEpochMilli(),
                last.sortName()));
    }

    private static CustomerSummary after(String cursor, CustomerSort sort) {
        if (cursor == null) {
            return null;
        }
        List<String> position = Cursor.decode(cursor, kind(sort), 3);
        return new CustomerSummary(Cursor.number(position.get(0)), null, null, position.get(2), null, null, null, null,
                Instant.ofEpochMilli(Cursor.number(position.get(1))));
    }

    private static String kind(CustomerSort sort) {
        return "customers." + sort.name();
    }

    @GET
    @Path("customers/{id}")
    public Response read(@PathParam("id") long id) {
        return tagged(Response.ok(), customers.get(id)).build();
    }

    @POST
    @Path("customers")
    public Response create(CustomerDraft draft, @Context SecurityContext caller) {
        Customer created = customers.create(draft, CallerContext.actor(caller));
        return tagged(Response.created(URI.create("/api/v1/customers/" + created.id())), created).build();
    }

    /**
     * Replaces the customer's details, only if nobody saved it since the version in {@code If-Match} (the ETag of
     * the read): 428 without it, 412 when someone saved in between.
     */
    @PUT
    @Path("customers/{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CustomerDraft draft, @Context SecurityContext caller) {
        int version = Versions.fromIfMatch(ifMatch);
        return tagged(Response.ok(), customers.update(id, version, draft, CallerContext.actor(caller)).customer()).build();
    }

    @POST
    @Path("customers/{id}/merge")
    public Response merge(@PathParam("id") long id, MergeRequest request, @Context SecurityContext caller) {
        if (request.mergedId() == id) {
            throw ApiProblem.badField("mergedId", "same-customer", "A customer cannot be merged into itself.");
        }
        return tagged(Response.ok(), merger.merge(id, request.mergedId(), CallerContext.actor(caller))).build();
    }

    @GET
    @Path("customers/{id}/contacts")
    public List<ContactPerson> contacts(@PathParam("id") long id) {
        customers.get(id);
        return customers.contacts(id);
    }

    @POST
    @Path("customers/{id}/contacts")
    public Response addContact(@PathParam("id") long id, ContactPersonDraft draft, @Context SecurityContext caller) {
        ContactPerson added = customers.addContact(id, draft, CallerContext.actor(caller));
        return Response.created(URI.create("/api/v1/customers/" + id + "/contacts")).entity(added).build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder response, Customer customer) {
        return response.entity(customer).tag(new EntityTag(String.valueOf(customer.version())));
    }
}
