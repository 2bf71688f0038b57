package dev.rapport.plugin.service.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A customer answered a survey: {@code kind} is {@code CSAT} (score 1-5, about request {@code requestId}) or
 * {@code NPS} (0-10, no request); {@code detractor} when the score is low enough to need a follow-up (retention may
 * read it as a churn signal).
 */
public record SurveyAnswered(Long customerId, long surveyId, Long requestId, String kind, int score, boolean detractor)
        implements PluginEvent {
}
