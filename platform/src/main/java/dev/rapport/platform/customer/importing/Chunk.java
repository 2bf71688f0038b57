package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CheckedDraft;
import java.util.List;

/**
 * Consecutive rows, read and checked, stored in one transaction.
 *
 * @param accepted the drafts to store
 * @param problems why the other rows are skipped, in row order
 * @param counts what the chunk adds to the import's counts once committed
 */
record Chunk(long firstRow, long lastRow, List<CheckedDraft> accepted, List<ImportProblem> problems,
             ImportProgress counts) {
}
