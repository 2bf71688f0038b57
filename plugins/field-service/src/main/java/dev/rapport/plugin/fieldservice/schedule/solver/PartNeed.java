package dev.rapport.plugin.fieldservice.schedule.solver;

/**
 * One part a visit takes from its technician's van, as the parts rule adds them up per technician and part.
 *
 * @param route the technician whose van it comes from
 * @param partId the part
 * @param quantity how many
 */
public record PartNeed(TechnicianRoute route, long partId, int quantity) {
}
