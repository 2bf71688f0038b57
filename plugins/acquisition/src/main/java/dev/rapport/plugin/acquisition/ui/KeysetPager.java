package dev.rapport.plugin.acquisition.ui;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Serves a lazy grid's offset/limit requests from a keyset-paged repository: remembers the last row of every page
 * it fetched and continues after the nearest one, so scrolling never runs a deep OFFSET. A new pager is needed
 * whenever the filter or order changes.
 *
 * @param <T> a row that is also its own cursor
 */
public final class KeysetPager<T> {

    /** Fetches up to {@code limit} rows after {@code after} (null: from the start). */
    @FunctionalInterface
    public interface PageFetcher<T> {
        List<T> fetch(T after, int limit);
    }

    private final PageFetcher<T> fetcher;
    private final NavigableMap<Integer, T> pageEnds = new TreeMap<>();

    public KeysetPager(PageFetcher<T> fetcher) {
        this.fetcher = fetcher;
    }

    public synchronized Stream<T> fetch(int offset, int limit) {
        Map.Entry<Integer, T> anchor = pageEnds.lowerEntry(offset);
        int start = anchor == null ? 0 : anchor.getKey() + 1;
        int skip = offset - start;
        List<T> rows = fetcher.fetch(anchor == null ? null : anchor.getValue(), skip + limit);
        if (!rows.isEmpty()) {
            pageEnds.put(start + rows.size() - 1, rows.getLast());
        }
        return rows.stream().skip(skip);
    }
}
