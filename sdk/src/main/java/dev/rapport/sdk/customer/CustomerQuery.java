package dev.rapport.sdk.customer;

import java.util.Set;

/**
 * Which customers {@link CustomerDirectory#list} returns, e.g. a saved segment; every part is optional and
 * the parts combine with "and".
 *
 * @param namePrefix the start of the name ("Smith J" or "John Sm"), or null
 * @param stages the lifecycle stages to include; empty for every stage
 * @param ownerId only customers of this owner, or null
 * @param tag only customers with this tag, or null
 * @since 1.2.0
 */
public record CustomerQuery(String namePrefix, Set<LifecycleStage> stages, Long ownerId, String tag) {

    /** Every customer. */
    public static final CustomerQuery ALL = new CustomerQuery(null, Set.of(), null, null);

    /** Copies {@code stages}; null means every stage. */
    public CustomerQuery {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }
}
