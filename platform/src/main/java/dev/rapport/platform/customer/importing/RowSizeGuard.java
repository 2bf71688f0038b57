package dev.rapport.platform.customer.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails a read once more than {@code limit} characters were read since the last {@link #rowDone()}: a quote
 * that is never closed would otherwise make the parser gather the rest of a large file into one field and
 * exhaust the heap of the whole server.
 */
final class RowSizeGuard extends FilterReader {

    private final long limit;
    private long sinceRow;

    RowSizeGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** A row was parsed: its characters no longer count. */
    void rowDone() {
        sinceRow = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        count(Math.max(read, 0));
        return read;
    }

    private void count(int chars) throws RowTooLongException {
        sinceRow += chars;
        if (sinceRow > limit) {
            throw new RowTooLongException(limit);
        }
    }

    /** A row longer than the limit: most likely a quote that is never closed. */
    static final class RowTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        RowTooLongException(long limit) {
            super("A row is longer than " + limit + " characters");
        }
    }
}
