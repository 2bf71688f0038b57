package dev.rapport.plugin.acquisition.scoring;

/**
 * One reason for a lead's score: a rule (as it was when the score was calculated), how often it matched and
 * the points it gave.
 */
public record ScoreLine(ScoringRule rule, int occurrences, int points) {
}
