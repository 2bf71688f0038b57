package dev.rapport.plugin.acquisition.api;

import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.lead.DuplicateMatch;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadFilter;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSort;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The methods behind {@link AcquisitionApi}: leads newest first and campaigns by start, each page with an opaque
 * cursor (the last record's id); capturing a lead with the duplicate check of the UI (409 with the possible
 * duplicates, nothing stored; {@code ?duplicatesConfirmed=true} stores it flagged).
 */
public final class AcquisitionResource {

    private static final int MAX_PAGE = 200;

    private final LeadService leads;
    private final CampaignService campaigns;

    AcquisitionResource(LeadService leads, CampaignService campaigns) {
        this.leads = leads;
        this.campaigns = campaigns;
    }

    /** One page of records and the cursor of the next one, null on the last. */
    public record Page<T>(List<T> items, String next) {
    }

    /** What a capture refused because the lead may exist already. */
    public record PossibleDuplicates(List<DuplicateMatch> duplicates) {
    }

    @GET
    @Path("leads")
    public Page<Lead> leads(@QueryParam("status") List<LeadStatus> statuses,
                            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor) {
        int size = pageSize(limit);
        LeadFilter filter = new LeadFilter(null, statuses.isEmpty() ? java.util.Set.of() : EnumSet.copyOf(statuses),
                null, false, null, null, null, null);
        Lead after = cursor == null ? null : position(cursor, leads::find);
        List<Lead> rows = leads.page(filter, LeadSort.NEWEST_FIRST, after, size + 1);
        return rows.size() <= size ? new Page<>(rows, null)
                : new Page<>(rows.subList(0, size), String.valueOf(rows.get(size - 1).id()));
    }

    @GET
    @Path("leads/{id}")
    public Lead lead(@PathParam("id") long id) {
        return leads.get(id);
    }

    @POST
    @Path("leads")
    public Response capture(LeadDraft draft, @QueryParam("duplicatesConfirmed") boolean duplicatesConfirmed) {
        CaptureResult result = leads.capture(draft, Channel.WEB, false, duplicatesConfirmed);
        return switch (result) {
            case CaptureResult.Captured captured -> Response.created(
                    URI.create("/api/v1/plugins/acquisition/leads/" + captured.leadId()))
                    .entity(leads.get(captured.leadId())).build();
            case CaptureResult.PossibleDuplicates duplicates -> Response.status(409)
                    .entity(new PossibleDuplicates(duplicates.matches())).build();
        };
    }

    @GET
    @Path("campaigns")
    public Page<Campaign> campaigns(@QueryParam("name") String namePrefix,
                                    @QueryParam("limit") @DefaultValue("50") int limit,
                                    @QueryParam("cursor") String cursor) {
        int size = pageSize(limit);
        Campaign after = cursor == null ? null : position(cursor, id -> Optional.of(campaigns.get(id)));
        List<Campaign> rows = campaigns.page(namePrefix, after, size + 1);
        return rows.size() <= size ? new Page<>(rows, null)
                : new Page<>(rows.subList(0, size), String.valueOf(rows.get(size - 1).id()));
    }

    @GET
    @Path("campaigns/{id}")
    public Campaign campaign(@PathParam("id") long id) {
        return campaigns.get(id);
    }

    private static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ValidationException(List.of(FieldError.of("limit", "acquisition.api.limit", MAX_PAGE)));
        }
        return limit;
    }

    private static <T> T position(String cursor, LongFunction<Optional<T>> find) {
        try {
            return find.apply(Long.parseLong(cursor)).orElseThrow(AcquisitionResource::invalidCursor);
        } catch (NumberFormatException | dev.rapport.sdk.error.NotFoundException e) {
            throw invalidCursor();
        }
    }

    private static ValidationException invalidCursor() {
        return new ValidationException(List.of(FieldError.of("cursor", "acquisition.api.cursor")));
    }
}
