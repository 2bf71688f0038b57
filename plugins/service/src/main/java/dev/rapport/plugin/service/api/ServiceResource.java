package dev.rapport.plugin.service.api;

import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * The methods behind {@link ServiceApi}. Lists are keyset pages with an opaque cursor (the last request's id);
 * the service checks roles, input and the queue as in the web application.
 */
public final class ServiceResource {

    private static final int MAX_PAGE = 200;

    private final RequestService requests;

    ServiceResource(RequestService requests) {
        this.requests = requests;
    }

    /** One page of requests and the cursor of the next one, null on the last. */
    public record Page(List<RequestView> items, String next) {
    }

    /** A request as the API shows it: its facts, status and the due time and breach of its SLA clocks. */
    public record RequestView(long id, long customerId, Long contactId, long queueId, Long assigneeId, String subject,
                              String description, String channel, String category, String priority, Long productId,
                              String status, long agreementId, Instant openedAt, Instant firstResponseAt,
                              Instant resolvedAt, Instant closedAt, Instant responseDue, Instant resolutionDue,
                              boolean breached, int version) {

        static RequestView of(ServiceRequest request) {
            return new RequestView(request.id(), request.customerId(), request.contactId(), request.queueId(),
                    request.assigneeId(), request.subject(), request.description(), request.channel().name(),
                    request.category(), request.priority().name(), request.productId(), request.status().name(),
                    request.agreementId(), request.openedAt(), request.firstResponseAt(), request.resolvedAt(),
                    request.closedAt(), request.clocks().response().due(), request.clocks().resolution().due(),
                    request.clocks().breached(), request.version());
        }
    }

    @GET
    @Path("requests")
    public Page requests(@QueryParam("queue") Long queueId, @QueryParam("status") List<RequestStatus> statuses,
                         @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor) {
        if (queueId == null) {
            throw new ValidationException(List.of(FieldError.of("queue", "service.validation.required")));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException(List.of(FieldError.of("limit", "service.validation.range", 1, MAX_PAGE)));
        }
        ServiceRequest after = cursor == null ? null : position(cursor);
        List<ServiceRequest> rows = requests.page(queueId, statuses.isEmpty() ? RequestStatus.OPEN
                : EnumSet.copyOf(statuses), after, limit + 1);
        List<RequestView> items = rows.stream().limit(limit).map(RequestView::of).toList();
        return new Page(items, rows.size() <= limit ? null : String.valueOf(rows.get(limit - 1).id()));
    }

    @GET
    @Path("requests/{id}")
    public RequestView request(@PathParam("id") long id) {
        return RequestView.of(requests.get(id));
    }

    @POST
    @Path("requests")
    public Response open(RequestDraft draft) {
        if (draft == null) {
            throw new ValidationException(List.of(FieldError.of("subject", "service.validation.required")));
        }
        long id = requests.open(new RequestDraft(draft.customerId(), draft.contactId(), draft.queueId(),
                draft.subject(), draft.description(), draft.channel(), draft.category(), draft.priority(),
                draft.productId(), null));
        return Response.created(URI.create("/api/v1/plugins/service/requests/" + id))
                .entity(RequestView.of(requests.get(id))).build();
    }

    private ServiceRequest position(String cursor) {
        try {
            return requests.get(Long.parseLong(cursor));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ValidationException(List.of(FieldError.of("cursor", "service.api.cursor")));
        }
    }
}
