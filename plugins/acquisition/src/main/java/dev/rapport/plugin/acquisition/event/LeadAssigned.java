package dev.rapport.plugin.acquisition.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A lead got an owner and/or a department queue.
 *
 * @param customerId always null
 * @param leadId the lead
 * @param ownerId the new owner, or null when it waits in the department's queue
 * @param departmentId the department queue, or null
 * @param taskId the follow-up task created for the owner (or the queue)
 */
public record LeadAssigned(Long customerId, long leadId, Long ownerId, Long departmentId, long taskId)
        implements PluginEvent {
}
