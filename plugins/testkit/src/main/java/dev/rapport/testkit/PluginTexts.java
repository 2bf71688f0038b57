package dev.rapport.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a plugin's texts ({@code plugins/<id>/messages.properties} and {@code messages_de.properties} on the test
 * class path): every key its sources name exists in English and German, both bundles have the same keys, and every
 * text is a valid {@link MessageFormat}. No kernel is started; a plain unit test calls it:
 *
 * <pre>{@code
 * PluginTexts.of("visit-reports").alsoUsing(keysBuiltFromEnums).assertComplete();
 * }</pre>
 *
 * Keys are found as string literals starting with {@code "<id>."} in {@code src/main/java} (the module's folder is
 * the working directory of Maven's tests); keys built at run time (e.g. from enum constants) are added with
 * {@link #alsoUsing}. Failures are assertion errors listing every missing key at once.
 *
 * @since 1.3.0
 */
public final class PluginTexts {

    private final String pluginId;
    private final Set<String> extraKeys = new TreeSet<>();

    private PluginTexts(String pluginId) {
        this.pluginId = pluginId;
    }

    /** The texts of the plugin {@code pluginId}. */
    public static PluginTexts of(String pluginId) {
        return new PluginTexts(pluginId);
    }

    /** Keys the plugin builds at run time, which the sources do not name literally. */
    public PluginTexts alsoUsing(Collection<String> keys) {
        extraKeys.addAll(keys);
        return this;
    }

    /** {@code prefix + constant.name()} for each constant: keys built from an enum. */
    public PluginTexts alsoUsing(String prefix, Enum<?>[] constants) {
        for (Enum<?> constant : constants) {
            extraKeys.add(prefix + constant.name());
        }
        return this;
    }

    /**
     * Asserts that every key used is in both languages, that both bundles have the same keys and that every text is
     * a valid MessageFormat without a lone apostrophe (which MessageFormat would read as a quote).
     *
     * @throws AssertionError naming every problem found
     */
    public void assertComplete() {
        Properties english = bundle("messages.properties");
        Properties german = bundle("messages_de.properties");
        List<String> problems = new ArrayList<>();
        for (String key : keysUsed()) {
            if (!english.containsKey(key)) {
                problems.add("missing in English: " + key);
            }
            if (!german.containsKey(key)) {
                problems.add("missing in German: " + key);
            }
        }
        english.stringPropertyNames().stream().filter(key -> !german.containsKey(key))
                .forEach(key -> problems.add("only in English: " + key));
        german.stringPropertyNames().stream().filter(key -> !english.containsKey(key))
                .forEach(key -> problems.add("only in German: " + key));
        formatProblems("messages.properties", english, problems);
        formatProblems("messages_de.properties", german, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("The texts of " + pluginId + ":\n" + String.join("\n", problems));
        }
    }

    private static void formatProblems(String file, Properties texts, List<String> problems) {
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            String text = texts.getProperty(key);
            try {
                new MessageFormat(text);
            } catch (IllegalArgumentException e) {
                problems.add(file + " " + key + ": not a valid MessageFormat (" + e.getMessage() + ")");
            }
            if (text.contains("{") && text.replace("''", "").contains("'")) {
                problems.add(file + " " + key + ": a lone apostrophe quotes in MessageFormat (write '')");
            }
        }
    }

    private Set<String> keysUsed() {
        Pattern literal = Pattern.compile("\"(" + Pattern.quote(pluginId + ".") + "[A-Za-z0-9.]*[A-Za-z0-9])\"");
        Set<String> keys = new TreeSet<>(extraKeys);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the plugin's sources under src/main/java", e);
        }
        return keys;
    }

    private Properties bundle(String name) {
        String path = "/plugins/" + pluginId + "/" + name;
        Properties properties = new Properties();
        try (InputStream in = PluginTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("No " + path + " on the test class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
