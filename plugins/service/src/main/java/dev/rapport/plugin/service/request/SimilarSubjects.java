package dev.rapport.plugin.service.request;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether two request subjects probably describe the same problem: after dropping reply and forward prefixes
 * ("Re:", "AW:", "Fwd:", "WG:"), case, accents and punctuation, the words they share make up at least half of all the
 * words either uses (Jaccard index), or all the words of one subject of two words or more occur in the other (a short "Printer broken" beside
 * "Printer broken since Monday"). Words of one character and bare ticket numbers carry no meaning and are ignored.
 */
public final class SimilarSubjects {

    /** The least Jaccard index of two subjects' words that counts as similar. */
    static final double THRESHOLD = 0.5;
    private static final Pattern PREFIX = Pattern.compile("^((re|aw|fw|fwd|wg|antw)\\s*(\\[\\d+])?\\s*:\\s*)+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBER_ONLY = Pattern.compile("#?\\d+");

    private SimilarSubjects() {
    }

    public static boolean similar(String one, String other) {
        Set<String> first = words(one);
        Set<String> second = words(other);
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        long shared = first.stream().filter(second::contains).count();
        long all = first.size() + second.size() - shared;
        int fewer = Math.min(first.size(), second.size());
        return fewer >= 2 && shared == fewer || (double) shared / all >= THRESHOLD;
    }

    static Set<String> words(String subject) {
        if (subject == null) {
            return Set.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(subject.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        plain = PREFIX.matcher(plain).replaceFirst("");
        return Arrays.stream(NOT_WORD.split(plain)).filter(word -> word.length() > 1)
                .filter(word -> !NUMBER_ONLY.matcher(word).matches()).collect(Collectors.toSet());
    }
}
