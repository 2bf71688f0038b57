package dev.rapport.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.importing.DuplicatePolicy;
import dev.rapport.platform.customer.importing.ImportField;
import dev.rapport.platform.figures.FigurePeriod;
import dev.rapport.platform.customer.importing.RowStatus;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.task.TaskPriority;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.web.EnumLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the code asks for exists in English, and German translates every English text. */
class TranslationsTest {

    /** String literals in the sources that look like keys of these areas (configuration keys, read by get(...), and file names excepted). */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "(?<!get\\()(?<!getInt\\()(?<!getBoolean\\()(?<!getPath\\()\"((?:app|nav|header|search|form|customers?"
                    + "|customer360|address|timeline|interaction|transaction|contacts|products?|conflict|unsaved|validation"
                    + "|error|task|plugins|events|login|account|setup|users|departments|audit|merge|marketplace|import|figures)"
                    + "\\.[A-Za-z0-9.]*[A-Za-z0-9])(?<!\\.json)\"");

    private final BundleI18NProvider provider = new BundleI18NProvider();

    @Test
    void germanTranslatesEveryEnglishText() throws IOException {
        Set<String> english = keys("i18n/kernel.properties");
        Set<String> german = keys("i18n/kernel_de.properties");
        assertThat(german).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKeyTheSourcesUseExists() throws IOException {
        Set<String> english = keys("i18n/kernel.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }

    @Test
    void everyEnumShownToUsersHasALabelInBothLanguages() {
        List<Enum<?>> constants = Stream.<Enum<?>[]>of(CustomerKind.values(), LifecycleStage.values(),
                        ContactLabel.values(), CustomerSort.values(), Channel.values(), Direction.values(), Outcome.values(),
                        TransactionKind.values(), TaskPriority.values(), Role.values(), AuditAction.values(),
                        ImportField.values(), RowStatus.values(), DuplicatePolicy.values(), FigurePeriod.values())
                .<Enum<?>>flatMap(Arrays::stream).toList();
        for (Enum<?> constant : constants) {
            String key = EnumLabels.key(constant);
            assertThat(provider.hasOwnTranslation(key, Locale.ENGLISH)).as(key).isFalse();
            assertThat(provider.getTranslation(key, Locale.ENGLISH)).as(key).doesNotStartWith("!");
            assertThat(provider.hasOwnTranslation(key, Locale.GERMAN)).as(key).isTrue();
        }
    }

    @Test
    void formatsArgumentsForTheLocaleAndMarksMissingKeys() {
        assertThat(provider.getTranslation("customers.edit", Locale.GERMAN, "Acme")).isEqualTo("Acme bearbeiten");
        assertThat(provider.getTranslation("validation.email", Locale.ENGLISH, "x@"))
                .isEqualTo("'x@' is not a valid email address.");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    /**
     * A text with arguments is a {@link java.text.MessageFormat} pattern, where a single apostrophe starts a quoted
     * part: "The duplicate's ... {0}" would show "The duplicates ... {0}". Apostrophes there must be doubled.
     */
    @Test
    void everyTextWithArgumentsShowsEachArgumentInBothLanguages() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d+)}");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Properties texts = texts(locale == Locale.ENGLISH ? "i18n/kernel.properties" : "i18n/kernel_de.properties");
            List<String> withArguments = new java.util.ArrayList<>();
            for (String key : texts.stringPropertyNames()) {
                Matcher matcher = placeholder.matcher(texts.getProperty(key));
                Set<Integer> indexes = new TreeSet<>();
                while (matcher.find()) {
                    indexes.add(Integer.parseInt(matcher.group(1)));
                }
                if (indexes.isEmpty()) {
                    continue;
                }
                withArguments.add(key);
                Object[] arguments = java.util.stream.IntStream.rangeClosed(0, java.util.Collections.max(indexes))
                        .mapToObj(index -> "ARGUMENT-" + index).toArray();
                String shown = provider.getTranslation(key, locale, arguments);
                for (int index : indexes) {
                    assertThat(shown).as("%s in %s", key, locale).contains("ARGUMENT-" + index);
                }
                assertThat(shown).as("%s in %s", key, locale).doesNotContainPattern(placeholder);
            }
            assertThat(withArguments).as("texts with arguments in %s", locale).isNotEmpty();
        }
    }

    private static Properties texts(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
