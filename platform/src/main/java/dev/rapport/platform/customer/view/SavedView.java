package dev.rapport.platform.customer.view;

import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerSort;
import java.util.List;

/**
 * A saved view of the customer list: filter, sort and columns under a name, private to its owner or shared with a
 * department ({@code departmentId}).
 *
 * @param columns the column keys in display order (a plugin's as {@code <plugin-id>.<column-id>})
 */
public record SavedView(long id, long ownerUserId, String name, Long departmentId, CustomerFilter filter,
                        CustomerSort sort, List<String> columns) {

    public SavedView {
        columns = List.copyOf(columns);
    }

    public boolean shared() {
        return departmentId != null;
    }
}
