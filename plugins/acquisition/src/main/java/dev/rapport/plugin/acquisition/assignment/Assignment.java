package dev.rapport.plugin.acquisition.assignment;

/**
 * Who a lead went to: an owner, a department queue, or both, and the follow-up task made for them.
 *
 * @param ownerId the new owner, or null when the lead waits in the department's queue
 * @param departmentId the department, or null
 * @param taskId the follow-up task
 */
public record Assignment(Long ownerId, Long departmentId, long taskId) {
}
