package dev.rapport.plugin.service.event;

import dev.rapport.sdk.event.PluginEvent;
import java.math.BigDecimal;

/**
 * Working time was logged on a customer's request: what serving them cost (the minutes times the queue's hourly
 * rate). Retention reads these as cost to serve.
 */
public record ServiceCostRecorded(Long customerId, long requestId, int minutes, BigDecimal amount, String currency)
        implements PluginEvent {
}
