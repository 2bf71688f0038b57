package dev.rapport.platform.segment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentCount;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import dev.rapport.sdk.segment.Segments;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Saved customer segments: kernel data every plugin reads through the SDK. Counts are bounded (a LIMITed
 * subquery, never a COUNT over every customer) and cached for a minute per segment; a change of the segment
 * drops its cached count at once.
 */
public final class SegmentService {

    static final Duration COUNT_CACHE = Duration.ofMinutes(1);

    private final DSLContext dsl;
    private final Clock clock;
    private final CustomerService customers;
    private final SegmentFacetRegistry facets;
    private final AuditLog audit;
    private final SegmentValidator validator;
    private final int countBound;
    private final Cache<Long, SegmentCount> counts;

    public SegmentService(DSLContext dsl, Clock clock, CustomerService customers, SegmentFacetRegistry facets,
                          AuditLog audit) {
        this(dsl, clock, customers, facets, audit, Segments.COUNT_BOUND);
    }

    /** With another bound for counts, for tests that cannot make 10,000 customers. */
    public SegmentService(DSLContext dsl, Clock clock, CustomerService customers, SegmentFacetRegistry facets,
                          AuditLog audit, int countBound) {
        this.dsl = dsl;
        this.clock = clock;
        this.customers = customers;
        this.facets = facets;
        this.audit = audit;
        this.validator = new SegmentValidator(facets);
        this.countBound = countBound;
        this.counts = Caffeine.newBuilder().expireAfterWrite(COUNT_CACHE).maximumSize(10_000).build();
    }

    public SegmentFacetRegistry facets() {
        return facets;
    }

    /** The segments {@code actor} sees: shared ones and their own; the system sees all. */
    public List<SegmentInfo> list(Actor actor) {
        return new SegmentRepository(dsl).list(actor.isSystem() ? SegmentRepository.all()
                : SegmentRepository.visibleTo(actor.userId()));
    }

    public Optional<SegmentInfo> find(long id, Actor actor) {
        return new SegmentRepository(dsl).find(id).filter(segment -> visible(segment, actor));
    }

    public SegmentCount count(long id, Actor actor) {
        SegmentFilter filter = require(id, actor).filter();
        return counts.get(id, key -> count(filter));
    }

    /** The bounded count of a filter not saved yet (the editor's preview); not cached. */
    public SegmentCount count(SegmentFilter filter) {
        int counted = new SegmentRepository(dsl).countUpTo(filter, countBound + 1);
        return counted > countBound ? new SegmentCount(countBound, true) : new SegmentCount(counted, false);
    }

    public List<CustomerInfo> members(long id, long afterCustomerId, int limit, Actor actor) {
        return members(require(id, actor).filter(), afterCustomerId, limit);
    }

    /** One page of the customers {@code filter} holds, by ascending id. */
    public List<CustomerInfo> members(SegmentFilter filter, long afterCustomerId, int limit) {
        int size = Math.max(0, Math.min(limit, Segments.MAX_PAGE));
        return customers.infos(new SegmentRepository(dsl).memberIds(filter, afterCustomerId, size));
    }

    /** Creates (id 0) or changes a segment; managers and administrators. */
    public long save(SegmentDefinition definition, Actor actor) {
        Permissions.require(actor, Role.MANAGER, "save segments");
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            SegmentRepository segments = new SegmentRepository(tx);
            Set<String> keptFacets = Set.of();
            if (definition.id() != 0) {
                SegmentInfo stored = segments.find(definition.id()).filter(segment -> visible(segment, actor))
                        .orElseThrow(() -> new NotFoundException("Segment", definition.id()));
                keptFacets = stored.filter().facets().stream().map(FacetCondition::facetKey).collect(Collectors.toSet());
            }
            validator.check(tx, definition, keptFacets);
            long saved;
            if (definition.id() == 0) {
                saved = segments.insert(definition, actor.storedUserId(), clock.instant());
            } else if (segments.update(definition, clock.instant())) {
                saved = definition.id();
            } else {
                SegmentInfo current = segments.find(definition.id()).orElseThrow(() -> new NotFoundException("Segment", definition.id()));
                throw new ConcurrentEditException("Segment", definition.id(), current.updatedAt(), "");
            }
            audit.record(tx, actor, AuditAction.SEGMENT_SAVED, "segment", saved, definition.name().strip());
            return saved;
        });
        counts.invalidate(id);
        return id;
    }

    public void delete(long id, Actor actor) {
        Permissions.require(actor, Role.MANAGER, "delete segments");
        dsl.transaction(configuration -> {
            SegmentRepository segments = new SegmentRepository(configuration.dsl());
            SegmentInfo segment = segments.find(id).filter(found -> visible(found, actor))
                    .orElseThrow(() -> new NotFoundException("Segment", id));
            segments.delete(id);
            audit.record(configuration.dsl(), actor, AuditAction.SEGMENT_DELETED, "segment", id, segment.name());
        });
        counts.invalidate(id);
    }

    /** Writes facet values of the plugin {@code pluginId}; refuses keys outside its own prefix. */
    public void setFacets(String pluginId, String facetKey, Map<Long, String> values) {
        FacetKeys.requireOwned(pluginId, facetKey);
        values.values().forEach(FacetKeys::requireValue);
        if (!values.isEmpty()) {
            new FacetStore(dsl).set(facetKey, values, clock.instant());
        }
    }

    public void clearFacet(String pluginId, long customerId, String facetKey) {
        FacetKeys.requireOwned(pluginId, facetKey);
        new FacetStore(dsl).clear(facetKey, customerId);
    }

    private SegmentInfo require(long id, Actor actor) {
        return find(id, actor).orElseThrow(() -> new NotFoundException("Segment", id));
    }

    private static boolean visible(SegmentInfo segment, Actor actor) {
        return segment.shared() || actor.isSystem() || Long.valueOf(actor.userId()).equals(segment.createdBy());
    }
}
