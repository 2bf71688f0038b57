package dev.rapport.platform.customer.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, but only when the reader reaches the bad bytes: the text before them
 * is delivered first. (An {@code InputStreamReader} with a reporting decoder throws as soon as its read-ahead
 * touches them, so the CSV reader could only say "at or after row 1".) Not thread-safe.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult pendingError;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer chars = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            if (pendingError != null) {
                throw codingException();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                pendingError = result;
            } else if (result.isUnderflow() && !endOfInput && chars.position() == offset) {
                fill();
                continue;
            } else if (result.isUnderflow() && endOfInput && chars.position() == offset) {
                decoder.flush(chars);
                flushed = true;
                return chars.position() == offset ? -1 : chars.position() - offset;
            }
            if (chars.position() > offset) {
                return chars.position() - offset;
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private CharacterCodingException codingException() {
        try {
            pendingError.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        return new CharacterCodingException();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
