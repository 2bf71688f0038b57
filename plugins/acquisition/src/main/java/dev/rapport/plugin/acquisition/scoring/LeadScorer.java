package dev.rapport.plugin.acquisition.scoring;

import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadInteraction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Applies scoring rules to a lead's facts; pure, so every rule is easy to test. */
public final class LeadScorer {

    private LeadScorer() {
    }

    /** The score of {@code facts} under the active ones of {@code rules}, with a line per rule that matched. */
    public static Score score(LeadFacts facts, List<ScoringRule> rules) {
        List<ScoreLine> lines = new ArrayList<>();
        for (ScoringRule rule : rules) {
            if (!rule.active()) {
                continue;
            }
            int occurrences = occurrences(rule, facts);
            if (occurrences > 0) {
                lines.add(new ScoreLine(rule, occurrences, capped(rule, occurrences)));
            }
        }
        return new Score(lines.stream().mapToInt(ScoreLine::points).sum(), lines);
    }

    private static int capped(ScoringRule rule, int occurrences) {
        int points = rule.points() * occurrences;
        if (rule.maxPoints() == null) {
            return points;
        }
        return rule.points() >= 0 ? Math.min(points, rule.maxPoints()) : Math.max(points, rule.maxPoints());
    }

    private static int occurrences(ScoringRule rule, LeadFacts facts) {
        return switch (rule.kind()) {
            case FIELD_VALUE -> fieldMatches(rule, facts) ? 1 : 0;
            case CAMPAIGN_RESPONSE -> (int) facts.responses().stream()
                    .filter(type -> rule.responseType() == null || rule.responseType() == type).count();
            case INTERACTION -> (int) facts.interactions().stream().filter(contact -> matches(rule, contact)).count();
        };
    }

    private static boolean matches(ScoringRule rule, LeadInteraction contact) {
        return (rule.channel() == null || rule.channel() == contact.channel())
                && (rule.direction() == null || rule.direction() == contact.direction());
    }

    private static boolean fieldMatches(ScoringRule rule, LeadFacts facts) {
        Lead lead = facts.lead();
        String value = rule.matchValue() == null || rule.matchValue().isBlank() ? null
                : rule.matchValue().strip().toLowerCase(Locale.ROOT);
        if (rule.field() == null) {
            return false;
        }
        return switch (rule.field()) {
            case SOURCE -> value == null || lead.source().name().toLowerCase(Locale.ROOT).equals(value);
            case COUNTRY -> lead.countryCode() != null
                    && (value == null || words(value).contains(lead.countryCode().toLowerCase(Locale.ROOT)));
            case PRODUCT_INTEREST -> value == null ? !facts.productCodes().isEmpty()
                    : facts.productCodes().stream().anyMatch(code -> code.toLowerCase(Locale.ROOT).equals(value));
            case COMPANY -> lead.company() != null
                    && (value == null || lead.company().toLowerCase(Locale.ROOT).contains(value));
            case JOB_TITLE -> lead.jobTitle() != null && (value == null || words(value).stream()
                    .anyMatch(word -> lead.jobTitle().toLowerCase(Locale.ROOT).contains(word)));
            case EMAIL_DOMAIN -> lead.email() != null
                    && (value == null || lead.email().toLowerCase(Locale.ROOT).endsWith("@" + value));
            case PHONE -> lead.phone() != null;
            case MARKETING_CONSENT -> lead.marketingConsent();
        };
    }

    private static List<String> words(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }
}
