package dev.rapport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Opaque cursors decode to the position they were made of, and anything else is a 400 on "cursor". */
class CursorTest {

    @Test
    void aCursorDecodesToItsPositionOnlyForItsOwnList() {
        String cursor = Cursor.encode("customers.NAME_ASCENDING", 42, 1700000000000L, "Lovelace Ada");

        assertThat(Cursor.decode(cursor, "customers.NAME_ASCENDING", 3)).containsExactly("42", "1700000000000", "Lovelace Ada");
        for (String bad : List.of("!!!", "", Cursor.encode("interactions", 42, 1),
                Cursor.encode("customers.NAME_ASCENDING", 42))) {
            assertThatThrownBy(() -> Cursor.decode(bad, "customers.NAME_ASCENDING", 3)).isInstanceOfSatisfying(
                    ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.errors().getFirst().field()).isEqualTo("cursor");
                    });
        }
        assertThatThrownBy(() -> Cursor.number("forty-two")).isInstanceOf(ApiProblem.class);
    }
}
