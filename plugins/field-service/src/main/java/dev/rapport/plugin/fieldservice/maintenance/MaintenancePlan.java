package dev.rapport.plugin.fieldservice.maintenance;

/** A stored maintenance plan: what it asks for, whether it still makes work orders, and the version read. */
public record MaintenancePlan(long id, PlanDraft draft, boolean active, int version) {
}
