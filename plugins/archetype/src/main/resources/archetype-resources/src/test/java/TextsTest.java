package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text a user reads exists in English and in German. */
class TextsTest {

    @Test
    void theGermanTextsHaveEveryKeyOfTheEnglishOnes() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertThat(english).isNotEmpty();
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/plugins/${pluginId}/" + name)) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
