package dev.rapport.platform.segment;

import static dev.rapport.platform.internal.db.Tables.PRODUCT;

import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Checks a segment before it is stored. A facet condition must name a facet of a running plugin with values it
 * declares; a facet the stored segment already used is kept even while its plugin is stopped, so such a segment
 * can still be renamed.
 */
final class SegmentValidator {

    static final int MAX_TAGS = 20;
    static final int MAX_PRODUCTS = 100;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} _-]{1,50}");

    private final SegmentFacetRegistry facets;

    SegmentValidator(SegmentFacetRegistry facets) {
        this.facets = facets;
    }

    void check(DSLContext db, SegmentDefinition definition, Set<String> keptFacetKeys) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "name", definition.name(), 100);
        if (definition.name() != null && !definition.name().isBlank() && definition.name().strip().length() <= 100
                && new SegmentRepository(db).nameTaken(definition.name().strip(), definition.id())) {
            errors.add(FieldError.of("name", "validation.taken", definition.name().strip()));
        }
        TextRules.optionalText(errors, "description", definition.description(), 500);
        SegmentFilter filter = definition.filter();
        TextRules.optionalText(errors, "filter.namePrefix", filter.namePrefix(), 100);
        TextRules.optionalText(errors, "filter.productFamily", filter.productFamily(), 100);
        if (filter.tags().size() > MAX_TAGS) {
            errors.add(FieldError.of("filter.tags", "validation.tooMany", MAX_TAGS));
        }
        filter.tags().stream().filter(tag -> tag == null || !TAG.matcher(tag).matches()).findFirst()
                .ifPresent(tag -> errors.add(FieldError.of("filter.tags", "validation.tag", String.valueOf(tag))));
        if (filter.productIds().size() > MAX_PRODUCTS) {
            errors.add(FieldError.of("filter.productIds", "validation.tooMany", MAX_PRODUCTS));
        } else if (!filter.productIds().isEmpty()
                && db.fetchCount(PRODUCT, PRODUCT.ID.in(filter.productIds())) != filter.productIds().size()) {
            errors.add(FieldError.of("filter.productIds", "validation.productMissing"));
        }
        if (filter.customerSinceFrom() != null && filter.customerSinceTo() != null
                && filter.customerSinceFrom().isAfter(filter.customerSinceTo())) {
            errors.add(FieldError.of("filter.customerSince", "segment.validation.dateRange"));
        }
        for (FacetCondition condition : filter.facets()) {
            checkFacet(errors, condition, keptFacetKeys);
        }
        ValidationException.throwIfAny(errors);
    }

    private void checkFacet(List<FieldError> errors, FacetCondition condition, Set<String> keptFacetKeys) {
        if (condition.values().isEmpty()) {
            errors.add(FieldError.of("filter.facets", "segment.validation.facetValues", condition.facetKey()));
            return;
        }
        var declared = facets.find(condition.facetKey());
        if (declared.isPresent()) {
            condition.values().stream().filter(value -> !declared.get().allows(value)).findFirst().ifPresent(value ->
                    errors.add(FieldError.of("filter.facets", "segment.validation.facetValue", value)));
        } else if (!keptFacetKeys.contains(condition.facetKey())) {
            errors.add(FieldError.of("filter.facets", "segment.validation.facetUnknown", condition.facetKey()));
        }
    }
}
