package dev.rapport.plugin.acquisition.capture;

import dev.rapport.plugin.acquisition.campaign.ResponseType;

/**
 * A form on a website that posts leads to {@code /public/acquisition/web-form} with its token. Tied to a campaign,
 * every post is also a response of that type to it.
 *
 * @param token identifies the form in posts; not a secret (it is in the website's HTML), but unguessable, and
 *        replaced when a form is abused
 * @param campaignId the campaign the form belongs to, or null
 * @param responseType the response each post records for the campaign, or null without a campaign
 * @param redirectUrl where the browser goes after a successful post, or null to answer with JSON
 */
public record WebForm(long id, String name, String token, Long campaignId, ResponseType responseType,
                      String redirectUrl, boolean active) {
}
