package dev.rapport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document generated from the resource classes equals the committed copy
 * ({@code platform/src/test/resources/openapi.json}), so a change to the API is a visible change in review and the
 * document integrators read cannot drift from the code. After changing the API on purpose, refresh the copy with
 * {@code ./mvnw -o -pl platform -am -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Drapport.openapi.refresh=true test} and commit it.
 */
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("src", "test", "resources", "openapi.json");

    @Test
    void theGeneratedDocumentIsTheCommittedOne() throws IOException {
        String generated = OpenApiDocument.json();
        if (Boolean.getBoolean("rapport.openapi.refresh")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }

        assertThat(generated).as("refresh with -Drapport.openapi.refresh=true, then commit " + COMMITTED)
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(generated).contains("\"openapi\" : \"3.1.0\"", "/v1/customers/{id}", "/v1/calls", "/v1/webhooks/{id}/deliveries", "bearer");
    }
}
