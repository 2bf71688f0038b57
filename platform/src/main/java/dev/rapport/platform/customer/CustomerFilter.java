package dev.rapport.platform.customer;

import java.util.Set;
import dev.rapport.sdk.customer.LifecycleStage;

/**
 * Which customers a list shows; every part is optional.
 *
 * @param namePrefix the start of the sort name ("Smith J") or display name ("John Sm")
 */
public record CustomerFilter(String namePrefix, Set<LifecycleStage> stages, Long ownerId, String tag) {

    public static final CustomerFilter ALL = new CustomerFilter(null, Set.of(), null, null);

    public CustomerFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    public CustomerFilter withNamePrefix(String value) {
        return new CustomerFilter(value, stages, ownerId, tag);
    }

    public CustomerFilter withStages(Set<LifecycleStage> value) {
        return new CustomerFilter(namePrefix, value, ownerId, tag);
    }

    public CustomerFilter withOwnerId(Long value) {
        return new CustomerFilter(namePrefix, stages, value, tag);
    }

    public CustomerFilter withTag(String value) {
        return new CustomerFilter(namePrefix, stages, ownerId, value);
    }
}
