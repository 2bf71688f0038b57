package dev.rapport.sdk.interaction;

import java.util.List;

/**
 * The interaction log: every contact with a customer on any channel ("zero leakage"). Append-only.
 *
 * <p>Appending validates the whole entry and writes it together with an
 * {@link dev.rapport.sdk.event.InteractionLogged} event in one transaction; listeners see it after commit.
 * Methods may be called from any thread.
 *
 * @since 1.0.0
 */
public interface InteractionLog {

    /**
     * Appends a contact, with the calling plugin as its source.
     *
     * @param interaction the contact
     * @return the stored entry
     * @throws dev.rapport.sdk.error.ValidationException if the entry is incomplete or implausible (e.g. an
     *         unknown customer, a contact person of another customer, a date more than a day ahead)
     */
    InteractionInfo append(NewInteraction interaction);

    /**
     * A customer's most recent interactions, newest first.
     *
     * @param customerId the customer
     * @param limit the most entries to return, at most 500
     * @return the entries
     */
    List<InteractionInfo> recent(long customerId, int limit);
}
