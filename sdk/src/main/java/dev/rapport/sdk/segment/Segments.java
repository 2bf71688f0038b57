package dev.rapport.sdk.segment;

import dev.rapport.sdk.customer.CustomerInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel's saved customer segments, and the facet values plugins contribute to them.
 *
 * <p><b>Lifecycle.</b> Valid as long as the plugin's context; segments are kernel data and outlive every plugin.
 *
 * <p><b>Threading.</b> Every method may be called from any thread; each works in its own transaction.
 *
 * <p><b>Visibility and permissions.</b> A user sees shared segments and the segments they created; the system
 * (listeners, jobs, a plugin's start) sees all. Saving and deleting need the manager role or stronger.
 *
 * <p><b>Failure.</b> Invalid input throws {@link dev.rapport.sdk.error.ValidationException} with one
 * {@link dev.rapport.sdk.error.FieldError} per field ({@code name}, {@code description}, {@code filter.namePrefix},
 * {@code filter.tags}, {@code filter.productIds}, {@code filter.customerSince}, {@code filter.facets}); a missing
 * or invisible segment {@link dev.rapport.sdk.error.NotFoundException}; a change of a segment someone else saved
 * since it was read {@link dev.rapport.sdk.error.ConcurrentEditException}; a missing role
 * {@link dev.rapport.sdk.error.AccessDeniedException}.
 *
 * @since 1.3.0
 */
public interface Segments {

    /** How many members {@link #count} counts at most. */
    int COUNT_BOUND = 10_000;

    /** The most members {@link #members} returns in one page. */
    int MAX_PAGE = 500;

    /**
     * The segments the current user sees, by name.
     *
     * @return the segments (a company keeps tens of them; at most 1,000 are returned)
     */
    List<SegmentInfo> list();

    /**
     * One segment.
     *
     * @param segmentId its id
     * @return the segment, or empty when it does not exist or the user does not see it
     */
    Optional<SegmentInfo> find(long segmentId);

    /**
     * How many customers the segment holds, counted up to {@link #COUNT_BOUND} and cached for a minute (a change
     * of the segment counts again at once; new facet values or customers may take that minute to show).
     *
     * @param segmentId the segment
     * @return the bounded count
     */
    SegmentCount count(long segmentId);

    /**
     * One page of the segment's members, evaluated now, by ascending customer id.
     *
     * @param segmentId the segment
     * @param afterCustomerId the last id of the previous page, or 0 for the first page
     * @param limit the page size, at most {@link #MAX_PAGE}
     * @return the members; fewer than {@code limit} on the last page
     */
    List<CustomerInfo> members(long segmentId, long afterCustomerId, int limit);

    /**
     * Creates a segment (id 0) or changes one; audited.
     *
     * @param definition the segment
     * @return its id
     */
    long save(SegmentDefinition definition);

    /**
     * Deletes a segment; audited.
     *
     * @param segmentId the segment
     */
    void delete(long segmentId);

    /**
     * Sets one customer's value of one of this plugin's facets, replacing the value it had.
     *
     * @param customerId the customer
     * @param facetKey a key starting with this plugin's id and a dot; else {@link IllegalArgumentException}
     * @param value the value, at most 50 characters
     */
    void setFacet(long customerId, String facetKey, String value);

    /**
     * Removes one customer's value of one of this plugin's facets, if there is one.
     *
     * @param customerId the customer
     * @param facetKey a key starting with this plugin's id and a dot; else {@link IllegalArgumentException}
     */
    void clearFacet(long customerId, String facetKey);

    /**
     * Sets many customers' values of one facet at once, in batches, for scoring jobs: a million values take
     * seconds, not one statement each. Customers not in {@code values} keep the value they had. A value for an id
     * that is no customer's is kept but never matches.
     *
     * @param facetKey a key starting with this plugin's id and a dot; else {@link IllegalArgumentException}
     * @param values the value per customer id
     */
    void setFacets(String facetKey, Map<Long, String> values);
}
