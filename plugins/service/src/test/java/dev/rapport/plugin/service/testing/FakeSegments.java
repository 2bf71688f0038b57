package dev.rapport.plugin.service.testing;

import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.segment.SegmentCount;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import dev.rapport.sdk.segment.Segments;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The kernel's segments as the plugin's tests need them: in memory over {@link FakeCustomers}, with the SDK's
 * contracts the plugin relies on (unique names, versions, members by ascending id after a cursor, bounded counts).
 * Only the conditions the plugin sets are evaluated (name prefix, stages, owner, tags, consent); facet values are
 * kept per key for assertions.
 */
public final class FakeSegments implements Segments {

    private static final AtomicLong IDS = new AtomicLong(5000);
    private final FakeCustomers customers;
    private final Map<Long, SegmentInfo> segments = new ConcurrentHashMap<>();
    public final Map<String, Map<Long, String>> facets = new ConcurrentHashMap<>();

    FakeSegments(FakeCustomers customers) {
        this.customers = customers;
    }

    @Override
    public List<SegmentInfo> list() {
        return segments.values().stream().sorted(Comparator.comparing(SegmentInfo::name)).toList();
    }

    @Override
    public Optional<SegmentInfo> find(long segmentId) {
        return Optional.ofNullable(segments.get(segmentId));
    }

    @Override
    public SegmentCount count(long segmentId) {
        long members = matching(segmentId).count();
        return members > COUNT_BOUND ? new SegmentCount(COUNT_BOUND, true) : new SegmentCount(members, false);
    }

    @Override
    public List<CustomerInfo> members(long segmentId, long afterCustomerId, int limit) {
        return matching(segmentId).filter(customer -> customer.id() > afterCustomerId)
                .sorted(Comparator.comparingLong(CustomerInfo::id)).limit(Math.min(limit, MAX_PAGE)).toList();
    }

    private java.util.stream.Stream<CustomerInfo> matching(long segmentId) {
        SegmentFilter filter = find(segmentId).orElseThrow(() -> new NotFoundException("Segment", segmentId)).filter();
        Predicate<CustomerInfo> matches = customer -> (filter.namePrefix() == null
                || customer.displayName().startsWith(filter.namePrefix()))
                && (filter.stages().isEmpty() || filter.stages().contains(customer.stage()))
                && (filter.ownerId() == null || filter.ownerId().equals(customer.ownerId()))
                && (filter.tags().isEmpty() || filter.tags().stream().anyMatch(customer.tags()::contains))
                && (!filter.marketingConsentOnly() || customer.marketingConsent());
        return customers.list(CustomerQuery.ALL, null, Integer.MAX_VALUE).stream().filter(matches);
    }

    @Override
    public synchronized long save(SegmentDefinition definition) {
        if (definition.name() == null || definition.name().isBlank()) {
            throw new ValidationException(List.of(FieldError.of("name", "validation.required")));
        }
        if (segments.values().stream().anyMatch(s -> s.name().equals(definition.name().strip()) && s.id() != definition.id())) {
            throw new ValidationException(List.of(FieldError.of("name", "validation.taken", definition.name().strip())));
        }
        Instant now = Instant.now();
        if (definition.id() == 0) {
            long id = IDS.incrementAndGet();
            segments.put(id, new SegmentInfo(id, definition.name().strip(), definition.description(), null,
                    definition.shared(), definition.filter(), 0, now, now));
            return id;
        }
        SegmentInfo stored = find(definition.id()).orElseThrow(() -> new NotFoundException("Segment", definition.id()));
        if (stored.version() != definition.version()) {
            throw new ConcurrentEditException("Segment", stored.id(), stored.updatedAt(), "");
        }
        segments.put(stored.id(), new SegmentInfo(stored.id(), definition.name().strip(), definition.description(),
                stored.createdBy(), definition.shared(), definition.filter(), stored.version() + 1, stored.createdAt(), now));
        return stored.id();
    }

    @Override
    public void delete(long segmentId) {
        if (segments.remove(segmentId) == null) {
            throw new NotFoundException("Segment", segmentId);
        }
    }

    @Override
    public void setFacet(long customerId, String facetKey, String value) {
        setFacets(facetKey, Map.of(customerId, value));
    }

    @Override
    public void clearFacet(long customerId, String facetKey) {
        facets.getOrDefault(facetKey, Map.of()).remove(customerId);
    }

    @Override
    public void setFacets(String facetKey, Map<Long, String> values) {
        if (!facetKey.startsWith("service.")) {
            throw new IllegalArgumentException("not the plugin's facet: " + facetKey);
        }
        facets.computeIfAbsent(facetKey, key -> new ConcurrentHashMap<>()).putAll(values);
    }
}
