package dev.rapport.plugin.retention.signal;

import dev.rapport.sdk.event.PluginEvent;
import java.time.LocalDate;

/** Shaped as the service plugin's event of the same name, which retention reads by type name and components. */
record AgreementChanged(Long customerId, long agreementId, String name, LocalDate validFrom, LocalDate validUntil,
                        String status, int version) implements PluginEvent {
}
