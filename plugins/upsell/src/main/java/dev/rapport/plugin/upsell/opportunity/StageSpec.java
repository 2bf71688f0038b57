package dev.rapport.plugin.upsell.opportunity;

/** A stage as a manager edits it: {@code id} null for a new one; its position is its place in the list. */
public record StageSpec(Long id, String name, Integer probability) {
}
