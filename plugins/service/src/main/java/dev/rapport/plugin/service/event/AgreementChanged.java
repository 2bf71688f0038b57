package dev.rapport.plugin.service.event;

import dev.rapport.sdk.event.PluginEvent;
import java.time.LocalDate;

/**
 * A customer's service agreement was created, changed or cancelled (deleted), or announced once after an upgrade
 * ({@code AgreementAnnouncements}); default agreements (for everyone) are not published. A listener keeps the event
 * with the highest {@code version} per agreement: an announcement and a change may arrive in either order.
 *
 * @param validUntil the last day it covers, or null when open-ended
 * @param status     {@code ACTIVE} while it exists, {@code CANCELLED} once deleted
 * @param version    the agreement's row version; a cancellation carries the last version plus one
 */
public record AgreementChanged(Long customerId, long agreementId, String name, LocalDate validFrom,
                               LocalDate validUntil, String status, int version) implements PluginEvent {

    public static final String ACTIVE = "ACTIVE";
    public static final String CANCELLED = "CANCELLED";
}
