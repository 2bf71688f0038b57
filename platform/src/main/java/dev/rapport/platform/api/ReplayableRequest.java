package dev.rapport.platform.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body is read once and can be read again: a call run again after its transaction met a conflict
 * gets the same body. At most one byte more than the API accepts is kept; {@link ApiGate} refuses such a body (413).
 */
final class ReplayableRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    private ReplayableRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    static ReplayableRequest of(HttpServletRequest request, int maxBodyBytes) throws IOException {
        try (var in = request.getInputStream()) {
            return new ReplayableRequest(request, in.readNBytes(maxBodyBytes + 1));
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The body was read already; it is read synchronously");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
