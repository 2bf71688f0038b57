package dev.rapport.platform.customer.bulk;

import java.util.List;

/**
 * What a bulk action did: how many customers it changed, how many needed no change, and each customer it refused
 * with the reason. {@code cancelled} when it was stopped before the end: the customers it reached are changed
 * whole, the others untouched.
 */
public record BulkOutcome(int changed, int unchanged, List<Refusal> refused, boolean cancelled) {

    public BulkOutcome {
        refused = List.copyOf(refused);
    }

    /** A customer the action left as it was, and why. */
    public record Refusal(long customerId, String displayName, Reason reason) {
    }

    /** Why a customer was refused. */
    public enum Reason {
        /** The acting user may not make this change to this customer. */
        NOT_ALLOWED,
        /** The customer was deleted meanwhile. */
        GONE,
        /** The change would leave the customer invalid (e.g. an inactive owner, a tag with bad characters). */
        INVALID,
        /** Someone saved the customer at the same moment; run the action again for it. */
        EDITED_CONCURRENTLY
    }
}
