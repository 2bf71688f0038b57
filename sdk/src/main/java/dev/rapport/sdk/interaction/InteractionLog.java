package dev.rapport.sdk.interaction;

import java.util.List;
import org.jooq.DSLContext;

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

    /**
     * Appends a contact inside the caller's transaction: the entry and its event are written if, and only if,
     * that transaction commits (e.g. together with the plugin's own record of the contact).
     *
     * @param transaction the jOOQ context of the caller's transaction
     * @param interaction the contact
     * @return the stored entry
     * @throws dev.rapport.sdk.error.ValidationException if the entry is incomplete or implausible; the customer
     *         may be one created earlier in the same transaction
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not log contacts (read-only)
     * @since 1.2.0
     */
    InteractionInfo append(DSLContext transaction, NewInteraction interaction);

    /**
     * Appends a contact that another user had, or that no user had, inside the caller's transaction: the entry
     * names {@code recordedBy} as the person who recorded it, not the acting user. Meant for history the plugin
     * recorded before there was a customer, e.g. a lead's contacts carried over when the lead becomes a customer:
     * the plugin is responsible for attributing only what that user really recorded.
     *
     * <p>The acting user must be allowed to log contacts (agents and above, or the system). Naming another user
     * as {@code recordedBy} is allowed only to administrators and to the plugin's own system identity (its event
     * listener, public endpoint or start, carrying over history); an agent or manager may name only themselves or
     * no user (since 1.3.0).
     *
     * @param transaction the jOOQ context of the caller's transaction
     * @param interaction the contact
     * @param recordedBy the user who recorded it, or null when no user did (e.g. a web form captured it); the
     *        user may have been deactivated since
     * @return the stored entry
     * @throws dev.rapport.sdk.error.ValidationException if the entry is incomplete or implausible, or
     *         {@code recordedBy} names no user ({@code recordedBy})
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not log contacts, or may not
     *         attribute the entry to {@code recordedBy}
     * @since 1.2.0
     */
    InteractionInfo appendRecordedBy(DSLContext transaction, NewInteraction interaction, Long recordedBy);
}
