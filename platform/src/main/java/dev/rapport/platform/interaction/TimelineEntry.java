package dev.rapport.platform.interaction;

import dev.rapport.platform.customer.Transaction;
import java.time.Instant;

/**
 * One line of a customer's timeline: an interaction or a transaction. Ordered newest first; at the same
 * instant interactions come before transactions, then higher ids first. That order is the keyset cursor.
 */
public sealed interface TimelineEntry {

    Instant occurredAt();

    long id();

    /** Interactions sort before transactions at the same instant. */
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
}
