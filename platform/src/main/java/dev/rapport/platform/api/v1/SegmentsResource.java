package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.api.Cursor;
import dev.rapport.platform.api.Page;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.segment.SegmentInfo;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Saved segments the caller may see (managers and administrators), and their members by customer id with a cursor. */
@Path("v1/segments")
@Produces(MediaType.APPLICATION_JSON)
public final class SegmentsResource {

    private final SegmentService segments;

    public SegmentsResource(SegmentService segments) {
        this.segments = segments;
    }

    @GET
    public List<SegmentInfo> list(@Context SecurityContext caller) {
        return segments.list(managerOnly(caller));
    }

    @GET
    @Path("{id}/members")
    public Page<CustomerInfo> members(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit,
                                      @QueryParam("cursor") String cursor, @Context SecurityContext caller) {
        int size = Limits.pageSize(limit);
        long after = cursor == null ? 0 : Cursor.number(Cursor.decode(cursor, "segment." + id, 1).getFirst());
        List<CustomerInfo> rows = segments.members(id, after, size + 1, managerOnly(caller));
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        return new Page<>(rows.subList(0, size), Cursor.encode("segment." + id, rows.get(size - 1).id()));
    }

    /** Segments are managers' work in the UI (their page needs the role), and so here. */
    private static Actor managerOnly(SecurityContext caller) {
        Actor actor = CallerContext.actor(caller);
        Permissions.require(actor, Role.MANAGER, "see segments");
        return actor;
    }
}
