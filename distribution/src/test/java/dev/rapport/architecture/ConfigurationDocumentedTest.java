package dev.rapport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One documented configuration file: every key the platform reads is in the shipped conf/rapport.properties. */
class ConfigurationDocumentedTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern KEY_READ = Pattern.compile(
            "(?:config|require\\(RapportConfig\\.class\\))\\s*\\.get(?:Int|Boolean|Path)?\\(\\s*\"([a-z0-9.]+)\"");

    @Test
    void everyKeyThePlatformReadsIsDocumented() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("platform/src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_READ.matcher(Files.readString(source));
                while (matcher.find()) {
                    read.add(matcher.group(1));
                }
            }
        }
        Properties documented = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("distribution/src/main/dist/conf/rapport.properties"))) {
            documented.load(reader);
        }
        assertThat(read).as("keys read by the platform").contains("http.port", "db.url", "plugins.dir");
        assertThat(documented.stringPropertyNames()).containsAll(read);
    }
}
