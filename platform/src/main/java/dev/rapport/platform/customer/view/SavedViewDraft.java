package dev.rapport.platform.customer.view;

import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerSort;
import java.util.List;

/** What a save of a view writes: its name, the department it is shared with (null: private) and the list's state. */
public record SavedViewDraft(String name, Long departmentId, CustomerFilter filter, CustomerSort sort,
                             List<String> columns) {

    public SavedViewDraft {
        columns = List.copyOf(columns);
    }
}
