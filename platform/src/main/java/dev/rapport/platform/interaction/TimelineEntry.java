package dev.rapport.platform.interaction;

import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.platform.customer.Transaction;
import java.time.Instant;

/**
 * One line of a customer's timeline: an interaction, a transaction or a plugin's entry. Ordered newest first; at
 * the same instant by rank (interactions, transactions, then each plugin's entries), then higher ids first. That
 * order is the keyset cursor.
 */
public sealed interface TimelineEntry {

    Instant occurredAt();

    long id();

    /** Interactions sort before transactions, transactions before plugins' entries at the same instant. */
    int rank();

    record InteractionEntry(Interaction interaction) implements TimelineEntry {
        @Override
        public Instant occurredAt() {
            return interaction.occurredAt();
        }

        @Override
        public long id() {
            return interaction.id();
        }

        @Override
        public int rank() {
            return 0;
        }
    }

    record TransactionEntry(Transaction transaction) implements TimelineEntry {
        @Override
        public Instant occurredAt() {
            return transaction.occurredAt();
        }

        @Override
        public long id() {
            return transaction.id();
        }

        @Override
        public int rank() {
            return 1;
        }
    }

    /** A plugin's entry; {@code rank} orders the plugins' entries of one instant (2 and up). */
    record PluginEntry(String pluginId, int rank, TimelineItem item) implements TimelineEntry {
        @Override
        public Instant occurredAt() {
            return item.occurredAt();
        }

        @Override
        public long id() {
            return item.id();
        }
    }
}
