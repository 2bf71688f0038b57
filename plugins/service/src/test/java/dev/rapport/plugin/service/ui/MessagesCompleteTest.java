package dev.rapport.plugin.service.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.request.HistoryKind;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.sdk.interaction.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the plugin shows exists in English and German, and every pattern is a valid MessageFormat. */
class MessagesCompleteTest {

    private static final Pattern KEY = Pattern.compile("\"(service\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompleteTest.class.getResourceAsStream("/plugins/service/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys the sources name literally, and those they build from enum constants and fixed choices. */
    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(RequestStatus.class, Priority.class,
                HistoryKind.class, Channel.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(Labels.key(constant));
            }
        }
        for (String count : List.of("open", "onTrack", "paused", "breached")) {
            keys.add("service.queue.count." + count);
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInBothLanguagesAndBothHaveTheSameKeys() throws IOException {
        Properties english = bundle("messages.properties");
        Properties german = bundle("messages_de.properties");
        List<String> missing = new ArrayList<>();
        for (String key : keysUsed()) {
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
            if (!german.containsKey(key)) {
                missing.add("de: " + key);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutLoneApostrophes() throws IOException {
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                new MessageFormat(text);
                if (text.contains("{")) {
                    assertThat(text.replace("''", "")).as(file + " " + key + ": an apostrophe quotes in MessageFormat")
                            .doesNotContain("'");
                }
            }
        }
    }
}
