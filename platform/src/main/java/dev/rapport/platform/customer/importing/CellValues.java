package dev.rapport.platform.customer.importing;

import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the cells whose words vary between exports: kinds, stages, yes/no, countries, tag lists. English and German. */
final class CellValues {

    private static final Map<String, CustomerKind> KINDS = Map.ofEntries(
            Map.entry("person", CustomerKind.PERSON), Map.entry("individual", CustomerKind.PERSON),
            Map.entry("private", CustomerKind.PERSON), Map.entry("privat", CustomerKind.PERSON),
            Map.entry("privatperson", CustomerKind.PERSON), Map.entry("organisation", CustomerKind.ORGANISATION),
            Map.entry("organization", CustomerKind.ORGANISATION), Map.entry("company", CustomerKind.ORGANISATION),
            Map.entry("business", CustomerKind.ORGANISATION), Map.entry("firma", CustomerKind.ORGANISATION),
            Map.entry("unternehmen", CustomerKind.ORGANISATION));
    private static final Map<String, LifecycleStage> STAGES = Map.ofEntries(
            Map.entry("prospect", LifecycleStage.PROSPECT), Map.entry("lead", LifecycleStage.PROSPECT),
            Map.entry("interessent", LifecycleStage.PROSPECT), Map.entry("customer", LifecycleStage.CUSTOMER),
            Map.entry("kunde", LifecycleStage.CUSTOMER), Map.entry("formercustomer", LifecycleStage.FORMER_CUSTOMER),
            Map.entry("former", LifecycleStage.FORMER_CUSTOMER),
            Map.entry("ehemaligerkunde", LifecycleStage.FORMER_CUSTOMER),
            Map.entry("exkunde", LifecycleStage.FORMER_CUSTOMER));
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "j", "wahr");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "nein", "falsch");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());
    /** Country names in English and German, as words: "germany", "deutschland", "unitedstates". */
    private static final Map<String, String> COUNTRY_NAMES = countryNames();
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[|;]");

    private CellValues() {
    }

    static Optional<CustomerKind> kind(String cell) {
        return Optional.ofNullable(KINDS.get(word(cell)));
    }

    static Optional<LifecycleStage> stage(String cell) {
        return Optional.ofNullable(STAGES.get(word(cell)));
    }

    static Optional<Boolean> yesNo(String cell) {
        String word = word(cell);
        return YES.contains(word) ? Optional.of(true) : NO.contains(word) ? Optional.of(false) : Optional.empty();
    }

    /**
     * An ISO 3166 alpha-2 code as given (in upper case), else the code of an English or German country name;
     * otherwise the cell in upper case, for the validator to refuse.
     */
    static String countryCode(String cell) {
        String upper = cell.strip().toUpperCase(Locale.ROOT);
        return COUNTRY_CODES.contains(upper) ? upper : COUNTRY_NAMES.getOrDefault(word(cell), upper);
    }

    /** The tags of a cell listing them separated by | or ; (empty entries dropped). */
    static Set<String> tags(String cell) {
        return TAG_SEPARATOR.splitAsStream(cell).map(String::strip).filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String word(String cell) {
        return ColumnMapping.normalise(cell);
    }

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : COUNTRY_CODES) {
            Locale country = Locale.of("", code);
            Arrays.asList(Locale.ENGLISH, Locale.GERMAN)
                    .forEach(language -> names.putIfAbsent(word(country.getDisplayCountry(language)), code));
        }
        return Map.copyOf(names);
    }
}
