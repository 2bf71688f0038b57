package dev.rapport.sdk.segment;

import dev.rapport.sdk.customer.LifecycleStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which customers a segment holds. Every part is optional (null or empty means "any") and the parts combine
 * with "and"; within a set, any element matches ("or").
 *
 * @param namePrefix the start of the name ("Smith J" or "John Sm"), or null
 * @param stages the lifecycle stages to include; empty for every stage
 * @param ownerId only customers of this owner, or null
 * @param tags customers with at least one of these tags; empty for any
 * @param marketingConsentOnly only customers who agreed to receive marketing
 * @param productIds customers who hold at least one of these products; empty for any. A customer holds a product
 *                   after a purchase or a subscription start of it that no later refund or subscription end of
 *                   the same product cancelled
 * @param productFamily customers who hold a product of this family, or null
 * @param customerSinceFrom customers whose record was created on or after this day (UTC), or null
 * @param customerSinceTo customers whose record was created on or before this day (UTC), or null
 * @param facets conditions on plugins' facets, all of which must hold
 * @since 1.3.0
 */
public record SegmentFilter(String namePrefix, Set<LifecycleStage> stages, Long ownerId, Set<String> tags,
                            boolean marketingConsentOnly, Set<Long> productIds, String productFamily,
                            LocalDate customerSinceFrom, LocalDate customerSinceTo, List<FacetCondition> facets) {

    /** Every customer. */
    public static final SegmentFilter ALL = new SegmentFilter(null, Set.of(), null, Set.of(), false, Set.of(), null,
            null, null, List.of());

    /** Copies the collections; null means empty. */
    public SegmentFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
        facets = facets == null ? List.of() : List.copyOf(facets);
    }
}
