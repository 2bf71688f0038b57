package dev.rapport.plugin.fieldservice.workorder;

import java.util.Map;

/**
 * What the technician reports at the end of a visit.
 *
 * @param fixed completed; false: could not complete, {@code reason} says why
 * @param partsUsed part id to pieces used
 * @param signedBy the customer's name typed as a signature
 */
public record Completion(boolean fixed, String reason, String notes, Map<Long, Integer> partsUsed, String signedBy) {

    public Completion {
        partsUsed = partsUsed == null ? Map.of() : Map.copyOf(partsUsed);
    }
}
