package dev.rapport.plugin.upsell.opportunity;

import java.time.Instant;

/** One audited change of an opportunity (CREATED, STAGE, WON, LOST), by whom, from and to. */
public record HistoryEntry(long opportunityId, Instant at, String actor, String kind, String from, String to) {
}
