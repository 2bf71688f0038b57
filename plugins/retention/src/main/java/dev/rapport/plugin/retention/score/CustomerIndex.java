package dev.rapport.plugin.retention.score;

import java.util.Arrays;

/**
 * The customers of a run, by ascending id (the order the SDK's history walks them), with their owners: maps a
 * transaction's customer id to its row in {@link Totals} by binary search, without a million boxed map entries.
 */
final class CustomerIndex {

    private long[] ids = new long[1 << 16];
    private long[] owners = new long[1 << 16];
    private int size;

    /** Adds the next customer; ids must come in ascending order. */
    void add(long id, Long ownerId) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            owners = Arrays.copyOf(owners, size * 2);
        }
        ids[size] = id;
        owners[size++] = ownerId == null ? 0 : ownerId;
    }

    int size() {
        return size;
    }

    /** The row of {@code customerId}, or a negative number when the run does not know it (created since). */
    int row(long customerId) {
        return Arrays.binarySearch(ids, 0, size, customerId);
    }

    long id(int row) {
        return ids[row];
    }

    Long owner(int row) {
        return owners[row] == 0 ? null : owners[row];
    }

    /** The ids, trimmed to the size. */
    long[] ids() {
        return Arrays.copyOf(ids, size);
    }
}
