package dev.rapport.platform.api;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * An answer held back until the call's transaction has committed: status and headers go to the real response (not
 * yet sent), the body into memory, and nothing reaches the client before {@link #release}. A client thus never sees
 * a success whose write was then rolled back; an answer that is dropped ({@link #restart}) was never seen.
 */
final class HeldResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final ServletOutputStream out = new ServletOutputStream() {
        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("A held answer is written synchronously");
        }
    };
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response) {
        super(response);
    }

    /** Drops what was answered so far (status, headers, body), to answer anew. */
    void restart() {
        getResponse().reset();
        body.reset();
        writer = null;
    }

    /** Sends the held answer. */
    void release() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        ServletOutputStream real = getResponse().getOutputStream();
        body.writeTo(real);
        real.flush();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return out;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(out, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // Held until release.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        restart();
    }
}
