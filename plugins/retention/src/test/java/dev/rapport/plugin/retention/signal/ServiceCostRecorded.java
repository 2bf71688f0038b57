package dev.rapport.plugin.retention.signal;

import dev.rapport.sdk.event.PluginEvent;
import java.math.BigDecimal;

/** Shaped as the service plugin's event of the same name. */
record ServiceCostRecorded(Long customerId, long requestId, int minutes, BigDecimal amount, String currency)
        implements PluginEvent {
}
