package dev.rapport.plugin.acquisition.importing;

import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignRepository;
import dev.rapport.plugin.acquisition.campaign.ResponseOrigin;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.capture.CaptureOrigin;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports campaign responses from a CSV file (e.g. an email tool's export): each row names someone by email
 * address and says how they responded. A customer on the target list gets the response; anyone else becomes (or
 * updates) a lead of the campaign. Rows are imported one transaction each.
 */
public final class ResponseImport {

    private final PluginContext context;
    private final ResponseService responses;

    public ResponseImport(PluginContext context, ResponseService responses) {
        this.context = context;
        this.responses = responses;
    }

    /**
     * @param defaultType the response of rows without one
     * @param channel the channel the responses came on
     */
    public record Options(long campaignId, ResponseType defaultType, Channel channel) {
    }

    public static Map<ResponseImportField, Integer> guessMapping(CsvTable table) {
        return ColumnGuess.guess(ResponseImportField.class, table.headers(), ResponseImportField::headerNames);
    }

    public RowOutcome importRow(CsvTable table, int index, Map<ResponseImportField, Integer> mapping, Options options) {
        context.security().requireRole(Role.AGENT, "import campaign responses");
        Campaign campaign = new CampaignRepository(context.dsl()).get(options.campaignId());
        List<String> row = table.rows().get(index);
        int rowNumber = index + 2;
        List<FieldError> errors = new ArrayList<>();
        String email = CsvTable.cell(row, mapping.get(ResponseImportField.EMAIL));
        if (email == null) {
            errors.add(FieldError.of("email", "acquisition.validation.required"));
        }
        ResponseType type = type(CsvTable.cell(row, mapping.get(ResponseImportField.RESPONSE)), options.defaultType(), errors);
        Instant respondedAt = respondedAt(CsvTable.cell(row, mapping.get(ResponseImportField.RESPONDED_ON)), errors);
        if (!errors.isEmpty()) {
            return new RowOutcome(rowNumber, RowOutcome.Status.FAILED, null, errors);
        }
        String note = CsvTable.cell(row, mapping.get(ResponseImportField.NOTE));
        LeadDraft person = new LeadDraft(CsvTable.cell(row, mapping.get(ResponseImportField.FIRST_NAME)),
                CsvTable.cell(row, mapping.get(ResponseImportField.LAST_NAME)),
                CsvTable.cell(row, mapping.get(ResponseImportField.COMPANY)), null, email, null, null, null, null, null,
                null, false, LeadSource.CAMPAIGN, table.fileName(), campaign.id(), null, Set.of());
        Long userId = context.security().currentUser().map(UserInfo::id).orElse(null);
        CaptureOrigin origin = new CaptureOrigin(options.channel(),
                context.i18n().get(Locale.ENGLISH, "acquisition.capture.imported", table.fileName()), null, userId, null);
        try {
            ResponseService.Responder responder = responses.recordFromOutside(campaign, person, origin,
                    new ResponseService.ResponseDetails(type, options.channel(), note, respondedAt), ResponseOrigin.IMPORT);
            return new RowOutcome(rowNumber, RowOutcome.Status.IMPORTED, responder.leadId(), List.of());
        } catch (ValidationException e) {
            return new RowOutcome(rowNumber, RowOutcome.Status.FAILED, null, e.errors());
        }
    }

    private static ResponseType type(String text, ResponseType defaultType, List<FieldError> errors) {
        if (text == null) {
            if (defaultType == null) {
                errors.add(FieldError.of("response", "acquisition.validation.required"));
            }
            return defaultType;
        }
        try {
            return ResponseType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("response", "acquisition.validation.responseType", text));
            return null;
        }
    }

    /** {@code yyyy-MM-dd} (noon UTC, so the day shows right in every zone) or an ISO instant; now when empty. */
    private Instant respondedAt(String text, List<FieldError> errors) {
        if (text == null) {
            return context.clock().instant();
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atTime(12, 0).toInstant(ZoneOffset.UTC) : Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("respondedAt", "acquisition.validation.date", text));
            return null;
        }
    }
}
