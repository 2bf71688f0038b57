package dev.rapport.plugin.fieldservice.event;

import dev.rapport.sdk.event.PluginEvent;
import java.math.BigDecimal;

/**
 * A work order was finished at the customer's site (completed, or not completed for a reason): the cost to serve that
 * retention and others read by the type name {@code field-service.WorkOrderCompleted}.
 *
 * @param travelMinutes from starting the travel to arriving
 * @param onSiteMinutes from arriving to finishing
 * @param partsUsed parts consumed, in pieces
 * @param partsCost their cost at unit cost, in {@code currency}
 * @param fixed whether the job was completed on this first visit
 */
public record WorkOrderCompleted(Long customerId, long workOrderId, long technicianId, int travelMinutes,
                                 int onSiteMinutes, int partsUsed, BigDecimal partsCost, String currency,
                                 boolean fixed) implements PluginEvent {
}
