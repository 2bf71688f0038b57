package dev.rapport.platform.customer.bulk;

import dev.rapport.platform.customer.CustomerFilter;
import java.util.List;

/** The customers a bulk action works on: rows picked one by one, or every customer the list's filter matches. */
public sealed interface CustomerSelection {

    /** The customers picked in the list. */
    record Chosen(List<Long> ids) implements CustomerSelection {
        public Chosen {
            ids = List.copyOf(ids);
        }
    }

    /** Every customer {@code filter} matches when the action runs (walked page by page, never loaded at once). */
    record Matching(CustomerFilter filter) implements CustomerSelection {
    }
}
