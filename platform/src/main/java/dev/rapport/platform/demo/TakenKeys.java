package dev.rapport.platform.demo;

/**
 * The email addresses and phone numbers already given to a demo customer, so that no two customers share one (the
 * import refuses a row whose email or phone a customer has; demo data that broke the rule would look like duplicates).
 * Kept as 64-bit hashes in an open-addressing table: a million customers' keys take about 32 MB where a set of
 * strings would take several times that. Two keys with the same hash make the second look taken: it is then made
 * unique needlessly, never left a duplicate.
 */
final class TakenKeys {

    private static final long EMPTY = 0;
    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] slots = new long[INITIAL_CAPACITY];
    private int size;

    /** Takes {@code key}; false (and nothing changes) when it was taken before. */
    boolean take(String key) {
        long hash = hash(key);
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        return insert(slots, hash);
    }

    private boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        for (int slot = (int) (hash ^ (hash >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == EMPTY) {
                table[slot] = hash;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (table[slot] == hash) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != EMPTY) {
                insert(bigger, hash);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the characters, never 0 (0 marks an empty slot). */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == EMPTY ? 1 : hash;
    }
}
