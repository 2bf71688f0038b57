package dev.rapport.plugin.accountnotes;

import dev.rapport.sdk.event.PluginEvent;

/**
 * The plugin's own event: a note was added to a customer.
 *
 * @param customerId the customer
 * @param noteId the note
 */
public record NoteAdded(Long customerId, long noteId) implements PluginEvent {
}
