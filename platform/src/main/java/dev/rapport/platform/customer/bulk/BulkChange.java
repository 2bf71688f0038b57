package dev.rapport.platform.customer.bulk;

import dev.rapport.sdk.customer.LifecycleStage;

/** What a bulk action does to each selected customer. */
public sealed interface BulkChange {

    /** Makes {@code ownerId} (null: nobody) the owner. */
    record AssignOwner(Long ownerId) implements BulkChange {
    }

    /** Adds the tag (customers having it already stay unchanged). */
    record AddTag(String tag) implements BulkChange {
    }

    /** Removes the tag (customers without it stay unchanged). */
    record RemoveTag(String tag) implements BulkChange {
    }

    /** Moves the customers to the lifecycle stage. */
    record ChangeStage(LifecycleStage stage) implements BulkChange {
    }

    /** Deletes the customers with everything the kernel keeps about them. */
    record Delete() implements BulkChange {
    }
}
