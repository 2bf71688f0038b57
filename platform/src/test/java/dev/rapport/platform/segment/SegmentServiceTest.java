package dev.rapport.platform.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.FacetValue;
import dev.rapport.sdk.segment.SegmentCount;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFacet;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import dev.rapport.sdk.segment.Segments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentServiceTest {

    private final Kernel kernel = new Kernel();
    private final SegmentFixture fixture = new SegmentFixture(kernel);
    private final SegmentFacetRegistry facets = new SegmentFacetRegistry(new PluginHealth());
    private final SegmentService segments = new SegmentService(kernel.dsl, kernel.clock, kernel.customers, facets,
            kernel.audit, 3);
    private final Actor manager = kernel.newActor(Role.MANAGER);

    private long save(SegmentFilter filter) {
        return segments.save(SegmentDefinition.newShared(Kernel.unique("Segment "), filter), manager);
    }

    @Test
    void countsExactlyBelowTheBoundAndAtLeastTheBoundAbove() {
        fixture.customer("A");
        fixture.customer("B");
        fixture.customer("C");
        long upToBound = save(fixture.all());
        assertThat(segments.count(upToBound, manager)).isEqualTo(new SegmentCount(3, false));

        fixture.customer("D");
        SegmentCount cached = segments.count(upToBound, manager);
        assertThat(cached).as("cached for a minute").isEqualTo(new SegmentCount(3, false));

        SegmentInfo stored = segments.find(upToBound, manager).orElseThrow();
        segments.save(stored.toDefinition(), manager);
        SegmentCount recounted = segments.count(upToBound, manager);
        assertThat(recounted).as("a change of the segment counts again").isEqualTo(new SegmentCount(3, true));
        assertThat(recounted.display()).isEqualTo("3+");
        assertThat(segments.count(fixture.all())).isEqualTo(new SegmentCount(3, true));
    }

    @Test
    void walksTheMembersPageByPageWithoutGapsOrRepeats() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            created.add(fixture.customer("Member" + i));
        }
        long segment = save(fixture.all());
        List<Long> walked = new ArrayList<>();
        List<CustomerInfo> page = segments.members(segment, 0, 3, manager);
        while (!page.isEmpty()) {
            walked.addAll(page.stream().map(CustomerInfo::id).toList());
            page = segments.members(segment, page.getLast().id(), 3, manager);
        }
        assertThat(walked).containsExactlyElementsOf(created);
    }

    @Test
    void refusesInvalidSegmentsFieldByField() {
        String taken = Kernel.unique("Taken ");
        segments.save(SegmentDefinition.newShared(taken, fixture.all()), manager);
        facets.add("retention", facet("retention.rfm-class", "champions", "at-risk"));
        SegmentFilter bad = new SegmentFilter("x".repeat(101), Set.of(), null, Set.of("no!tag"), false,
                Set.of(Long.MAX_VALUE - 7), null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1),
                List.of(new FacetCondition("retention.rfm-class", Set.of("gold"))));

        assertThatThrownBy(() -> segments.save(new SegmentDefinition(0, taken, "d".repeat(501), true, bad, 0), manager))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("name", "validation.taken"),
                                org.assertj.core.groups.Tuple.tuple("description", "validation.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("filter.namePrefix", "validation.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("filter.tags", "validation.tag"),
                                org.assertj.core.groups.Tuple.tuple("filter.productIds", "validation.productMissing"),
                                org.assertj.core.groups.Tuple.tuple("filter.customerSince", "segment.validation.dateRange"),
                                org.assertj.core.groups.Tuple.tuple("filter.facets", "segment.validation.facetValue")));
        assertThatThrownBy(() -> save(fixture.facet("service.open-requests", "yes")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("segment.validation.facetUnknown"));
        assertThatThrownBy(() -> segments.save(SegmentDefinition.newShared(" ", null), manager))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void keepsAFacetConditionOfAStoppedPluginWhenTheSegmentIsSavedAgain() {
        facets.add("retention", facet("retention.rfm-class", "champions"));
        long id = save(fixture.facet("retention.rfm-class", "champions"));
        facets.removeOwnedBy("retention");
        SegmentInfo stored = segments.find(id, manager).orElseThrow();
        segments.save(new SegmentDefinition(id, stored.name() + " renamed", null, true, stored.filter(), stored.version()),
                manager);
        assertThat(segments.find(id, manager).orElseThrow().filter()).isEqualTo(stored.filter());
    }

    @Test
    void onlyManagersSaveAndDeleteAndAStaleVersionIsRefused() {
        Actor agent = kernel.newActor(Role.AGENT);
        assertThatThrownBy(() -> segments.save(SegmentDefinition.newShared(Kernel.unique("S"), fixture.all()), agent))
                .isInstanceOf(AccessDeniedException.class);
        long id = save(fixture.all());
        SegmentInfo read = segments.find(id, manager).orElseThrow();
        segments.save(read.toDefinition(), manager);
        assertThatThrownBy(() -> segments.save(read.toDefinition(), manager)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> segments.delete(id, agent)).isInstanceOf(AccessDeniedException.class);
        segments.delete(id, manager);
        assertThat(segments.find(id, manager)).isEmpty();
    }

    @Test
    void aPrivateSegmentIsSeenByItsCreatorAndTheSystemOnly() {
        long id = segments.save(new SegmentDefinition(0, Kernel.unique("Mine "), null, false, fixture.all(), 0), manager);
        Actor colleague = kernel.newActor(Role.MANAGER);
        assertThat(segments.list(manager)).extracting(SegmentInfo::id).contains(id);
        assertThat(segments.list(Actor.SYSTEM)).extracting(SegmentInfo::id).contains(id);
        assertThat(segments.list(colleague)).extracting(SegmentInfo::id).doesNotContain(id);
        assertThat(segments.find(id, colleague)).isEmpty();
    }

    @Test
    void aPluginWritesOnlyFacetsUnderItsOwnId() {
        long customer = fixture.customer("Faceted");
        Segments retention = new PluginSegments(segments, "retention", () -> Optional.of(Actor.SYSTEM));
        retention.setFacet(customer, "retention.churn-band", "high");
        assertThat(segments.members(fixture.facet("retention.churn-band", "high"), 0, 10))
                .extracting(CustomerInfo::id).containsExactly(customer);

        assertThatThrownBy(() -> retention.setFacet(customer, "service.open-requests", "yes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> retention.setFacet(customer, "retentionx.band", "yes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> retention.setFacets("service.open-requests", Map.of(customer, "yes")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> retention.clearFacet(customer, "service.open-requests"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> retention.setFacet(customer, "retention.churn-band", "v".repeat(51)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(segments.members(fixture.facet("service.open-requests", "yes"), 0, 10)).isEmpty();
    }

    @Test
    void whenNobodyActsForAPluginItReadsSharedSegmentsAndWritesNothing() {
        long shared = save(fixture.all());
        long own = segments.save(new SegmentDefinition(0, Kernel.unique("Private "), null, false, fixture.all(), 0), manager);
        long customer = fixture.customer("Unattended");
        Segments unattended = new PluginSegments(segments, "retention", Optional::empty);

        assertThat(unattended.list()).extracting(SegmentInfo::id).contains(shared).doesNotContain(own);
        assertThat(unattended.members(shared, 0, 10)).extracting(CustomerInfo::id).containsExactly(customer);
        assertThatThrownBy(() -> unattended.setFacet(customer, "retention.churn-band", "high"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unattended.save(SegmentDefinition.newShared(Kernel.unique("S"), fixture.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFacetWithAKeyOutsideItsPluginIsLeftOutOfTheRegistry() {
        PluginHealth health = new PluginHealth();
        SegmentFacetRegistry registry = new SegmentFacetRegistry(health);
        registry.add("retention", facet("service.open-requests", "yes"));
        registry.add("retention", facet("retention.rfm-class", "champions"));
        assertThat(registry.facets()).extracting(SegmentFacetRegistry.DeclaredFacet::key)
                .containsExactly("retention.rfm-class");
        assertThat(health.of("retention")).isPresent();
    }

    @Test
    void writesAThousandsOfFacetValuesInBatches() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fixture.customer("Batch" + i));
        }
        Map<Long, String> values = new java.util.HashMap<>();
        for (long id = 1; id <= 2 * FacetStore.BATCH + 10; id++) {
            values.put(-id, "ghost");
        }
        ids.forEach(id -> values.put(id, "scored"));
        segments.setFacets("retention", "retention.batch", values);
        assertThat(segments.members(fixture.facet("retention.batch", "scored"), 0, 10)).extracting(CustomerInfo::id)
                .containsExactlyElementsOf(ids);
    }

    static SegmentFacet facet(String key, String... values) {
        return new SegmentFacet() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String labelKey() {
                return key + ".label";
            }

            @Override
            public List<FacetValue> values() {
                return java.util.Arrays.stream(values).map(value -> new FacetValue(value, key + "." + value)).toList();
            }
        };
    }
}
