package dev.rapport.platform.customer.importing;

/**
 * The email addresses and phone numbers of the rows imported so far, each with the first row that had it, as an
 * open-addressing table of 64-bit hashes: about 25 bytes per key. Measured for the 2 million keys of a million
 * rows (an email and a phone each): a {@code HashSet<String>} took 227 MB of heap and a
 * {@code HashMap<String, Integer>} 257 MB, too much next to everything else under a 512 MB heap; this takes 50 MB.
 * Two different keys share a hash with a probability of about n²/2⁶⁵ (10⁻⁷ for 2 million keys): such a row would
 * be reported as a duplicate wrongly.
 */
final class SeenKeys {

    private static final int INITIAL_CAPACITY = 1 << 12;
    /** Load at which the table doubles: probes stay short. */
    private static final double MAX_LOAD = 0.6;
    /** Marks a free slot; a key hashing to it is stored as {@link #ZERO_STAND_IN}. */
    private static final long FREE = 0;
    private static final long ZERO_STAND_IN = 1;

    private long[] hashes = new long[INITIAL_CAPACITY];
    private int[] rows = new int[INITIAL_CAPACITY];
    private int size;

    /** The first row remembered for {@code key}, or 0 when none. */
    int firstRow(String key) {
        long hash = hash(key);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; hashes[slot] != FREE; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
        }
        return 0;
    }

    /** Remembers {@code key} as first seen in {@code row}, unless it is known already. */
    void remember(String key, long row) {
        if (size + 1 > hashes.length * MAX_LOAD) {
            grow();
        }
        if (insert(hashes, rows, hash(key), (int) Math.min(row, Integer.MAX_VALUE))) {
            size++;
        }
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] hashes, int[] rows, long hash, int row) {
        int mask = hashes.length - 1;
        int slot = (int) hash & mask;
        while (hashes[slot] != FREE) {
            if (hashes[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        rows[slot] = row;
        return true;
    }

    private void grow() {
        long[] biggerHashes = new long[hashes.length * 2];
        int[] biggerRows = new int[rows.length * 2];
        for (int slot = 0; slot < hashes.length; slot++) {
            if (hashes[slot] != FREE) {
                insert(biggerHashes, biggerRows, hashes[slot], rows[slot]);
            }
        }
        hashes = biggerHashes;
        rows = biggerRows;
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser to spread the bits over the whole word. */
    static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == FREE ? ZERO_STAND_IN : hash;
    }
}
