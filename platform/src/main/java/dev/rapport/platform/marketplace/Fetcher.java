package dev.rapport.platform.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Reads repository files from {@code file:} and {@code http(s):} addresses, with a time limit and a size cap:
 * pf4j-update's own downloader has neither, so a stalled or endless server would hang an installation.
 */
public final class Fetcher {

    private static final int BUFFER = 64 * 1024;

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;

    public Fetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The content at {@code address}; empty when there is nothing there (no file, HTTP 404). */
    public Optional<byte[]> readIfPresent(URI address) throws IOException {
        try (Opened opened = open(address)) {
            if (opened == null) {
                return Optional.empty();
            }
            var buffer = new java.io.ByteArrayOutputStream();
            copy(opened.in(), buffer, address, value -> { });
            return Optional.of(buffer.toByteArray());
        }
    }

    /** The content at {@code address}; a clear error when there is none. */
    public byte[] read(URI address) throws IOException {
        return readIfPresent(address).orElseThrow(() -> new NoSuchFileException(address.toString()));
    }

    /**
     * Copies the content at {@code address} to {@code target}, reporting the bytes copied so far and the
     * expected total (-1 when the server does not say).
     */
    public void download(URI address, Path target, Progress progress) throws IOException {
        try (Opened opened = open(address)) {
            if (opened == null) {
                throw new NoSuchFileException(address.toString());
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                copy(opened.in(), out, address, copied -> progress.copied(copied, opened.length()));
            }
        }
    }

    /** Download progress. */
    @FunctionalInterface
    public interface Progress {
        void copied(long bytes, long totalBytes);
    }

    private void copy(InputStream in, OutputStream out, URI address, LongConsumer copied) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new IOException(address + " is larger than " + maxBytes / (1024 * 1024)
                        + " MB (marketplace.download.max.mb)");
            }
            out.write(buffer, 0, read);
            copied.accept(total);
        }
    }

    private record Opened(InputStream in, long length) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private Opened open(URI address) throws IOException {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(java.util.Locale.ROOT);
        switch (scheme) {
            case "file" -> {
                Path file = Path.of(address);
                return Files.isRegularFile(file) ? new Opened(Files.newInputStream(file), Files.size(file)) : null;
            }
            case "http", "https" -> {
                HttpResponse<InputStream> response;
                try {
                    response = http.send(HttpRequest.newBuilder(address).timeout(timeout).GET().build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while fetching " + address, e);
                }
                if (response.statusCode() == 404 || response.statusCode() == 410) {
                    response.body().close();
                    return null;
                }
                if (response.statusCode() / 100 != 2) {
                    response.body().close();
                    throw new IOException(address + " answered HTTP " + response.statusCode());
                }
                return new Opened(response.body(), response.headers().firstValueAsLong("Content-Length").orElse(-1));
            }
            default -> throw new IOException("Only file:, http: and https: addresses are supported, not " + address);
        }
    }
}
