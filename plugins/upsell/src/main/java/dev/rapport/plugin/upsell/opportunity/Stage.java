package dev.rapport.plugin.upsell.opportunity;

/** A stage of a pipeline: its place on the board and the win probability (percent) an opportunity takes there. */
public record Stage(long id, long pipelineId, String name, int position, int probability) {
}
