package dev.rapport.plugin.acquisition.scoring;

import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;

/**
 * Points a lead earns. A field rule gives its points once when the field matches; a response or interaction rule
 * gives them for each matching response or contact, up to {@code maxPoints}.
 *
 * @param field the field of a field rule, else null
 * @param matchValue what a field rule compares with (see {@link LeadField}); null: the field is filled in
 * @param responseType the response type of a response rule; null: any type
 * @param channel the channel of an interaction rule; null: any channel
 * @param direction the direction of an interaction rule; null: both
 * @param points the points per match; negative points lower the score
 * @param maxPoints the most (or, for negative points, least) a response or interaction rule gives; null: no cap
 */
public record ScoringRule(long id, RuleKind kind, LeadField field, String matchValue, ResponseType responseType,
                          Channel channel, Direction direction, int points, Integer maxPoints, boolean active) {
}
