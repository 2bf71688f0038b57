package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CheckedDraft;
import java.util.List;

/**
 * A CSV row read into a customer draft and checked.
 *
 * @param checked the checked draft; null when the row could not even be read into one
 * @param problems why the row cannot be imported; empty when it can
 * @param emailColumns the column each of the draft's email addresses came from
 * @param phoneColumns the column each of the draft's phone numbers came from
 */
record ReadRow(long number, List<String> cells, CheckedDraft checked, List<ImportProblem> problems,
               int[] emailColumns, int[] phoneColumns) {

    boolean valid() {
        return problems.isEmpty();
    }
}
