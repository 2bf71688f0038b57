package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import java.util.Set;

/**
 * The plugin's customer segments as the kernel's segments (SDK 1.3): the campaign screens keep showing them as
 * before (name, stages, owner, one tag, consent), while conditions only the kernel's Segments page sets (several
 * tags, products, facets, dates) are kept when the plugin saves a segment.
 */
final class CustomerSegments {

    private CustomerSegments() {
    }

    static Segment toSegment(SegmentInfo info) {
        SegmentFilter filter = info.filter();
        return new Segment(info.id(), info.name(), SegmentAudience.CUSTOMERS, filter.namePrefix(), filter.stages(),
                filter.ownerId(), shownTag(filter), filter.marketingConsentOnly(), Set.of(), null, null);
    }

    /** The definition to save for {@code segment}, over what the kernel stores ({@code stored}, or null when new). */
    static SegmentDefinition toDefinition(Segment segment, SegmentInfo stored) {
        SegmentFilter base = stored == null ? SegmentFilter.ALL : stored.filter();
        String tag = blankToNull(segment.tag());
        Set<String> tags = java.util.Objects.equals(tag, shownTag(base)) ? base.tags()
                : tag == null ? Set.of() : Set.of(tag);
        SegmentFilter filter = new SegmentFilter(blankToNull(segment.namePrefix()), segment.stages(), segment.ownerId(),
                tags, segment.consentOnly(), base.productIds(), base.productFamily(), base.customerSinceFrom(),
                base.customerSinceTo(), base.facets());
        return stored == null ? new SegmentDefinition(0, segment.name(), null, true, filter, 0)
                : new SegmentDefinition(stored.id(), segment.name(), stored.description(), stored.shared(), filter,
                stored.version());
    }

    /** The one tag the campaign screens show: the first of the kernel segment's tags. */
    private static String shownTag(SegmentFilter filter) {
        return filter.tags().stream().sorted().findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
