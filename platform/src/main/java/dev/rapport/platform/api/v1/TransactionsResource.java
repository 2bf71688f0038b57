package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.api.Cursor;
import dev.rapport.platform.api.Page;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.Transaction;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.customer.TransactionService;
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

/**
 * A customer's transactions (newest first, with a cursor) and recording one, e.g. from a billing system: the same
 * {@code sourceSystem} and {@code externalRef} recorded twice are stored once, as in the kernel.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TransactionsResource {

    private final CustomerService customers;
    private final TransactionService transactions;

    public TransactionsResource(CustomerService customers, TransactionService transactions) {
        this.customers = customers;
        this.transactions = transactions;
    }

    @GET
    @Path("customers/{id}/transactions")
    public Page<Transaction> list(@PathParam("id") long customerId, @QueryParam("limit") @DefaultValue("50") int limit,
                                  @QueryParam("cursor") String cursor) {
        customers.get(customerId);
        int size = Limits.pageSize(limit);
        Transaction after = null;
        if (cursor != null) {
            List<String> position = Cursor.decode(cursor, "transactions", 2);
            after = new Transaction(Cursor.number(position.get(0)), customerId, null, null, null,
                    Instant.ofEpochMilli(Cursor.number(position.get(1))), null, null, null);
        }
        List<Transaction> rows = transactions.history(customerId, after, size + 1);
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        Transaction last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), Cursor.encode("transactions", last.id(), last.occurredAt().toEpochMilli()));
    }

    @POST
    @Path("transactions")
    public Response record(TransactionDraft draft, @Context SecurityContext caller) {
        Transaction recorded = transactions.record(draft, CallerContext.actor(caller));
        return Response.created(URI.create("/api/v1/customers/" + recorded.customerId() + "/transactions"))
                .entity(recorded).build();
    }
}
