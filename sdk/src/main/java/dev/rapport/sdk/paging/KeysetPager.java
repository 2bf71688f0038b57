package dev.rapport.sdk.paging;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Serves a lazy grid's offset/limit requests from a keyset-paged query: it remembers the last row of every
 * page it fetched and continues after the nearest one, so scrolling never issues a deep {@code OFFSET}.
 *
 * <p><b>Lifecycle:</b> one pager per filter and sort order; create a new one whenever either changes (the
 * remembered rows belong to the old order). <b>Threading:</b> safe to call from several threads; calls are
 * serialised. <b>Failure:</b> an exception of the {@link PageFetcher} reaches the caller unchanged and the
 * pager remembers nothing of that call.
 *
 * @param <T> a row that is also its own cursor (the query continues after it)
 * @since 1.2.0
 */
public final class KeysetPager<T> {

    /**
     * Fetches one page of a keyset-paged query.
     *
     * @param <T> the row type
     * @since 1.2.0
     */
    @FunctionalInterface
    public interface PageFetcher<T> {

        /**
         * Fetches rows in the list's order.
         *
         * @param after the row to continue after, or null for the start of the list
         * @param limit the most rows to return
         * @return up to {@code limit} rows after {@code after}
         */
        List<T> fetch(T after, int limit);
    }

    private final PageFetcher<T> fetcher;
    private final NavigableMap<Integer, T> pageEnds = new TreeMap<>();

    /**
     * A pager over {@code fetcher}'s query.
     *
     * @param fetcher the keyset-paged query
     */
    public KeysetPager(PageFetcher<T> fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * The rows from position {@code offset} on, as a lazy grid asks for them.
     *
     * @param offset the position of the first row wanted, 0 for the first row of the list
     * @param limit the most rows to return
     * @return up to {@code limit} rows
     */
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
