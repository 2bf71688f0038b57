package dev.rapport.sdk.extension;

import java.time.Instant;
import org.pf4j.ExtensionPoint;

/**
 * Something a plugin makes of incoming mail from a sender who is no customer, offered as a button on the kernel's
 * unmatched-mail page next to "assign to a customer" (the acquisition plugin's: turn the mail into a lead).
 *
 * <p><b>Lifecycle:</b> the page offers the actions of the plugins that run and are enabled for the department whose
 * mailbox received the mail; an action disappears from pages opened after its plugin stops.
 * <p><b>Delivery:</b> the kernel first takes the mail off the unmatched list (so two agents clicking at once make one
 * record, not two), then calls {@link #apply} once; when {@code apply} returns, the mail is marked as handed over
 * with the returned description and the hand-over is audited. The plugin stores its record in its own transaction.
 * <p><b>Threading:</b> {@link #apply} runs on the Vaadin UI thread of the agent's session, holding the session lock,
 * acting as that agent (the plugin's context sees the agent as the current user): keep it quick.
 * <p><b>Failure:</b> if {@code apply} throws, the mail goes back onto the unmatched list unchanged and the agent sees
 * the error: a {@link dev.rapport.sdk.error.ValidationException} shows its first message (translated from the
 * plugin's bundle), anything else a general error naming the plugin; the latter is logged and counted on the
 * Plugins page. The plugin must then have stored nothing.
 *
 * @since 1.3.0
 */
public interface UnmatchedMailAction extends ExtensionPoint {

    /**
     * The i18n key of the button's label.
     *
     * @return the key, from the plugin's bundle (e.g. "Turn into a lead")
     */
    String labelKey();

    /**
     * Makes the plugin's record from one unmatched mail.
     *
     * @param mail the mail, as the kernel stored it
     * @return what was made, in a few words for the agent and the audit log (e.g. "Lead 42: Jane Doe")
     */
    String apply(Mail mail);

    /**
     * An incoming mail from an unknown sender, as the kernel stored it.
     *
     * @param id the kernel's id of the stored mail
     * @param departmentId the department whose mailbox received it
     * @param fromAddress the sender's address, or null when the mail had none
     * @param subject the subject, or null
     * @param textBody the plain text body (the HTML body's text when there was no plain one), or null
     * @param receivedAt when it was sent, by its Date header (or when it was fetched, without one)
     * @since 1.3.0
     */
    record Mail(long id, long departmentId, String fromAddress, String subject, String textBody, Instant receivedAt) {
    }
}
