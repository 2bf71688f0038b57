package dev.rapport.plugin.acquisition.importing;

import dev.rapport.plugin.acquisition.capture.CaptureOrigin;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.capture.DuplicatePolicy;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.support.Products;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports leads from a CSV file with a column mapping: a preview shows what the first rows become and what is
 * wrong with them; then each row is captured in a transaction of its own (validation, duplicate check, logging,
 * scoring, assignment), so a bad row is reported and the others go in. A row whose email address another lead has
 * is refused as a duplicate.
 */
public final class LeadImport {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "on");

    private final PluginContext context;
    private final LeadCapture capture;

    public LeadImport(PluginContext context, LeadCapture capture) {
        this.context = context;
        this.capture = capture;
    }

    /** What every imported lead gets: its source, its campaign, and the channel the capture is logged on. */
    public record Options(LeadSource source, Long campaignId, Channel channel) {
    }

    /** A row as it would be imported, and what is wrong with it. */
    public record PreviewRow(int rowNumber, LeadDraft draft, List<FieldError> errors) {
    }

    public static Map<LeadImportField, Integer> guessMapping(CsvTable table) {
        return ColumnGuess.guess(LeadImportField.class, table.headers(), LeadImportField::headerNames);
    }

    /** The first {@code limit} rows, checked as the import would check them; nothing is stored. */
    public List<PreviewRow> preview(CsvTable table, Map<LeadImportField, Integer> mapping, Options options, int limit) {
        Map<String, Long> products = productsByCode();
        List<PreviewRow> preview = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, table.rows().size()); i++) {
            List<FieldError> errors = new ArrayList<>();
            LeadDraft draft = draftOf(table.rows().get(i), mapping, options, products, errors);
            try {
                capture.validate(context.dsl(), draft);
                if (draft.email() != null) {
                    new LeadRepository(context.dsl()).withEmail(draft.email().strip(), 1).stream().findFirst()
                            .ifPresent(same -> errors.add(FieldError.of("email", "acquisition.validation.duplicateLead",
                                    same.id())));
                }
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
            preview.add(new PreviewRow(i + 2, draft, errors));
        }
        return preview;
    }

    /**
     * Imports row {@code index} (0 = the first data row) as the acting user (agents and above).
     *
     * @param products the catalogue by lower-case code, from {@link #productsByCode()} (read once per import)
     */
    public RowOutcome importRow(CsvTable table, int index, Map<LeadImportField, Integer> mapping, Options options,
                                Map<String, Long> products) {
        context.security().requireRole(Role.AGENT, "import leads");
        Long userId = context.security().currentUser().map(UserInfo::id).orElse(null);
        int rowNumber = index + 2;
        List<FieldError> errors = new ArrayList<>();
        LeadDraft draft = draftOf(table.rows().get(index), mapping, options, products, errors);
        if (!errors.isEmpty()) {
            return new RowOutcome(rowNumber, RowOutcome.Status.FAILED, null, errors);
        }
        CaptureOrigin origin = new CaptureOrigin(options.channel(),
                context.i18n().get(Locale.ENGLISH, "acquisition.capture.imported", table.fileName()), null, userId, null);
        try {
            CaptureResult result = context.dsl().transactionResult(configuration -> capture.capture(configuration.dsl(),
                    draft, origin, DuplicatePolicy.REFUSE_LEAD_WITH_SAME_EMAIL));
            return new RowOutcome(rowNumber, RowOutcome.Status.IMPORTED, ((CaptureResult.Captured) result).leadId(),
                    List.of());
        } catch (ValidationException e) {
            return new RowOutcome(rowNumber, RowOutcome.Status.FAILED, null, e.errors());
        }
    }

    public Map<String, Long> productsByCode() {
        Map<String, Long> byCode = new HashMap<>();
        for (ProductInfo product : Products.of(context.customers()).byId().values()) {
            byCode.put(product.code().toLowerCase(Locale.ROOT), product.id());
        }
        return byCode;
    }

    private static LeadDraft draftOf(List<String> row, Map<LeadImportField, Integer> mapping, Options options,
                                     Map<String, Long> products, List<FieldError> errors) {
        Set<Long> productIds = new HashSet<>();
        String interest = value(row, mapping, LeadImportField.INTEREST);
        if (interest != null) {
            for (String code : interest.split("[,;|]")) {
                if (!code.isBlank()) {
                    Long id = products.get(code.strip().toLowerCase(Locale.ROOT));
                    if (id == null) {
                        errors.add(FieldError.of("productIds", "acquisition.validation.productCode", code.strip()));
                    } else {
                        productIds.add(id);
                    }
                }
            }
        }
        String consent = value(row, mapping, LeadImportField.CONSENT);
        return new LeadDraft(value(row, mapping, LeadImportField.FIRST_NAME), value(row, mapping, LeadImportField.LAST_NAME),
                value(row, mapping, LeadImportField.COMPANY), value(row, mapping, LeadImportField.JOB_TITLE),
                value(row, mapping, LeadImportField.EMAIL), value(row, mapping, LeadImportField.PHONE),
                value(row, mapping, LeadImportField.STREET), value(row, mapping, LeadImportField.POSTAL_CODE),
                value(row, mapping, LeadImportField.CITY), value(row, mapping, LeadImportField.COUNTRY),
                value(row, mapping, LeadImportField.LANGUAGE),
                consent != null && YES.contains(consent.toLowerCase(Locale.ROOT)), options.source(),
                value(row, mapping, LeadImportField.SOURCE_DETAIL), options.campaignId(),
                value(row, mapping, LeadImportField.NOTES), productIds);
    }

    private static String value(List<String> row, Map<LeadImportField, Integer> mapping, LeadImportField field) {
        return CsvTable.cell(row, mapping.get(field));
    }
}
