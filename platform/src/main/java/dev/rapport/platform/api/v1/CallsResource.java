package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.telephony.CallEvent;
import dev.rapport.platform.telephony.CallLog;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;

/**
 * Call events from a phone system: 201 with the interaction when the number belongs to a customer, 202 when it is
 * kept on the unmatched list for an agent to assign.
 */
@Path("v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CallsResource {

    private final CallLog calls;

    public CallsResource(CallLog calls) {
        this.calls = calls;
    }

    /** What became of the call: {@code LOGGED} with the customer and interaction, or {@code UNMATCHED}. */
    public record CallOutcome(String outcome, Long customerId, Long interactionId, Long unmatchedCallId) {
    }

    @POST
    public Response report(CallEvent call, @Context SecurityContext caller) {
        return switch (calls.record(call, CallerContext.actor(caller))) {
            case CallLog.Result.Logged logged -> Response.created(URI.create("/api/v1/interactions/" + logged.interactionId()))
                    .entity(new CallOutcome("LOGGED", logged.customerId(), logged.interactionId(), null)).build();
            case CallLog.Result.Unmatched unmatched -> Response.accepted(
                    new CallOutcome("UNMATCHED", null, null, unmatched.unmatchedCallId())).build();
        };
    }
}
