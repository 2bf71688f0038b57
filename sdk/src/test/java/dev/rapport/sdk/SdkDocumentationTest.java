package dev.rapport.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The SDK is a public API: every public type and package says what it is and since which version. */
class SdkDocumentationTest {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(/\\*\\*(?:(?!\\*/).)*\\*/)?\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public\\s+(?:(?:abstract|final|sealed|non-sealed|static)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)", Pattern.DOTALL);

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyPublicTypeHasJavadocWithSince() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int types = 0;
        for (Path source : sources()) {
            if (source.getFileName().toString().equals("package-info.java")) {
                continue;
            }
            Matcher matcher = PUBLIC_TYPE.matcher(Files.readString(source));
            if (matcher.find()) {
                types++;
                String javadoc = matcher.group(1);
                if (javadoc == null || !javadoc.contains("@since")) {
                    undocumented.add(matcher.group(2) + " (" + source + ")");
                }
            }
        }
        assertThat(types).as("public SDK types found").isGreaterThan(30);
        assertThat(undocumented).as("public types without Javadoc and @since").isEmpty();
    }

    @Test
    void everyPackageIsDocumented() throws IOException {
        List<Path> packages = sources().stream().map(Path::getParent).distinct().toList();
        for (Path folder : packages) {
            Path info = folder.resolve("package-info.java");
            assertThat(info).as("package-info of " + folder).exists();
            assertThat(Files.readString(info)).as(info.toString()).contains("@since");
        }
    }

    @Test
    void theVersionIsSemVer() {
        assertThat(SdkVersion.CURRENT).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    }
}
