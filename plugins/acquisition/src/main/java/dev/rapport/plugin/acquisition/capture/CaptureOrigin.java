package dev.rapport.plugin.acquisition.capture;

import dev.rapport.sdk.interaction.Channel;

/**
 * How a lead reached the company, for the interaction that logs every capture.
 *
 * @param channel the channel of the contact (a web form: web; a call: phone)
 * @param subject the interaction's subject, e.g. "Web form “Contact us”"
 * @param notes the message that came with it, or null
 * @param recordedBy the user who captured it, or null when the plugin did (a web form)
 * @param assignTo the user who takes the lead at once (e.g. the agent who typed it in), or null: the assignment
 *        rules decide
 */
public record CaptureOrigin(Channel channel, String subject, String notes, Long recordedBy, Long assignTo) {
}
