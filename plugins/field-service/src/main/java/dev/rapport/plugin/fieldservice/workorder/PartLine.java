package dev.rapport.plugin.fieldservice.workorder;

/**
 * A part on a work order.
 *
 * @param reservedAt the location holding the reservation, or null while nothing is reserved
 * @param used how many were used, null until the order is finished
 */
public record PartLine(long partId, int quantity, Long reservedAt, Integer used) {
}
