package dev.rapport.sdk.mail;

import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Sends mail from the departments' connected mailboxes (Administration, Mailboxes). Obtain it from
 * {@link dev.rapport.sdk.PluginContext#mail()} or as a constructor parameter.
 *
 * <p><b>Queued, never lost.</b> A send call checks the mail and stores it, with its attachments, in the kernel's mail
 * queue, and returns its id; it does not talk to the mail server. The kernel's job {@code mail-delivery} sends queued
 * mail within about a minute from the department's first active mailbox; when the server cannot be reached or answers
 * with a temporary error it tries again after 1, 2, 4, ... minutes (at most an hour apart) for about a day, then
 * gives up; a permanent refusal (an unknown recipient) is given up at once. Queued mail survives restarts. A crash in
 * the moment between the server's acceptance and the queue's update can send one mail twice; it is never lost.
 * Follow a mail with {@link #status}.
 *
 * <p><b>In the caller's transaction.</b> The variants taking a {@link DSLContext} queue the mail in a transaction
 * begun on {@link dev.rapport.sdk.PluginContext#dsl()}: it is sent only if that transaction commits, so a mail about a
 * change never goes out for a change that was rolled back.
 *
 * <p><b>What is recorded.</b> Mail to a customer is logged, once sent, as an outbound email interaction on the
 * customer's timeline with its attachments, exactly like mail a user sends from the 360° view (who sent it: the
 * plugin). Mail to a user is not logged on a customer; queuing, sending and giving up are written to the audit log.
 *
 * <p><b>Refused before queuing</b> with a {@link dev.rapport.sdk.error.ValidationException} naming the field:
 * {@code departmentId} when the department has no active mailbox to send from ({@link #canSend} tells beforehand),
 * {@code to} when the customer has no address, the address is not valid or was reported undeliverable (a bounce), or
 * the user has no address; {@code customerId} / {@code userId} when there is no such customer or active user;
 * {@code subject} and {@code body} when empty or too long; {@code attachments} when together larger than 10 MiB or a
 * file name is missing.
 *
 * <p><b>Threading.</b> Thread-safe. The calls only touch the database; they may be made from views, listeners and jobs.
 *
 * @since 1.3.0
 */
public interface OutgoingMail {

    /** Attachments of one mail may together be at most this many bytes. */
    long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /**
     * Whether the department has an active mailbox to send from.
     *
     * @param departmentId the department
     * @return true when mail from it can be queued
     */
    boolean canSend(long departmentId);

    /**
     * Queues a mail to a customer in its own transaction.
     *
     * @param message the mail
     * @return the queued mail's id, for {@link #status}
     * @throws dev.rapport.sdk.error.ValidationException when it cannot be sent (see the class description)
     */
    long send(CustomerMessage message);

    /**
     * Queues a mail to a customer in the caller's transaction.
     *
     * @param transaction a transaction begun on the plugin's {@code dsl()}
     * @param message the mail
     * @return the queued mail's id, for {@link #status}
     * @throws dev.rapport.sdk.error.ValidationException when it cannot be sent (see the class description)
     */
    long send(DSLContext transaction, CustomerMessage message);

    /**
     * Queues a mail to a user in its own transaction.
     *
     * @param message the mail
     * @return the queued mail's id, for {@link #status}
     * @throws dev.rapport.sdk.error.ValidationException when it cannot be sent (see the class description)
     */
    long send(StaffMessage message);

    /**
     * Queues a mail to a user in the caller's transaction.
     *
     * @param transaction a transaction begun on the plugin's {@code dsl()}
     * @param message the mail
     * @return the queued mail's id, for {@link #status}
     * @throws dev.rapport.sdk.error.ValidationException when it cannot be sent (see the class description)
     */
    long send(DSLContext transaction, StaffMessage message);

    /**
     * What became of a mail this plugin queued.
     *
     * @param mailId an id a send call returned
     * @return its status, or empty when this plugin queued no mail with that id
     */
    Optional<MailStatus> status(long mailId);
}
