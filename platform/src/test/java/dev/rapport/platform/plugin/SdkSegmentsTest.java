package dev.rapport.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.segment.SegmentCount;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.Segments;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plugin reaches the kernel's segments through its context, and writes only its own facets. */
class SdkSegmentsTest {

    private final Kernel kernel = new Kernel();
    private final KernelPluginContext context = new KernelPluginContext("retention", kernel.pluginServices(() -> java.util.Optional.of(Actor.SYSTEM), false));

    @Test
    void aPluginListsCountsAndPagesASegmentAndWritesItsFacets() {
        String prefix = Kernel.unique("SdkSeg");
        long customer = kernel.customers.create(new CustomerDraft(CustomerKind.ORGANISATION, null, null, prefix + " One",
                LifecycleStage.CUSTOMER, null, "en", "EUR", "Europe/Berlin", false, List.of(), List.of(), List.of(),
                Set.of(), null), Actor.SYSTEM).id();
        Segments segments = context.segments();
        assertThat(context.resolve(Segments.class)).as("offered to the plugin's constructors").containsSame(segments);

        segments.setFacets("retention.rfm-class", Map.of(customer, "champions"));
        long id = segments.save(SegmentDefinition.newShared(Kernel.unique("Champions "), new SegmentFilter(prefix,
                null, null, null, false, null, null, null, null, null)));

        assertThat(segments.list()).extracting(info -> info.id()).contains(id);
        assertThat(segments.count(id)).isEqualTo(new SegmentCount(1, false));
        assertThat(segments.members(id, 0, 10)).extracting(CustomerInfo::id).containsExactly(customer);
        assertThat(segments.members(id, customer, 10)).isEmpty();
        assertThatThrownBy(() -> segments.setFacet(customer, "service.open-requests", "yes"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
