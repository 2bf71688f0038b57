package dev.rapport.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Types are recognised by content, and the name's extension must belong to the detected kind. */
class ContentTypesTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 6, 0};
    static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void recognisesAcceptedKindsByTheirMagicBytes() {
        assertThat(ContentTypes.detect("Offer.PDF", PDF)).hasValue("application/pdf");
        assertThat(ContentTypes.detect("photo.png", PNG)).hasValue("image/png");
        assertThat(ContentTypes.detect("contract.docx", ZIP))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(ContentTypes.detect("notes.txt", "Grüße, Anna\r\n".getBytes(StandardCharsets.UTF_8))).hasValue("text/plain");
        assertThat(ContentTypes.detect("list.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))).hasValue("text/csv");
    }

    @Test
    void refusesContentThatDoesNotMatchItsNameOrIsOfNoAcceptedKind() {
        assertThat(ContentTypes.detect("offer.pdf", EXECUTABLE)).as("a program named like a PDF").isEmpty();
        assertThat(ContentTypes.detect("photo.png", PDF)).as("a PDF named like an image").isEmpty();
        assertThat(ContentTypes.detect("setup.exe", EXECUTABLE)).isEmpty();
        assertThat(ContentTypes.detect("notes.txt", new byte[] {'a', 0, 'b'})).as("binary content named .txt").isEmpty();
        assertThat(ContentTypes.detect("notes.txt", new byte[] {'a', (byte) 0xC3, 'b'})).as("not UTF-8").isEmpty();
        assertThat(ContentTypes.detect("noextension", PDF)).isEmpty();
        assertThat(ContentTypes.detect("empty.txt", new byte[0])).isEmpty();
    }
}
