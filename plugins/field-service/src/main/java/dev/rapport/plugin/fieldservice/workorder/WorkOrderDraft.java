package dev.rapport.plugin.fieldservice.workorder;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A work order to create.
 *
 * @param parts the parts needed: part id to quantity
 */
public record WorkOrderDraft(long customerId, String title, String description, String siteAddress, double siteLat,
                             double siteLon, String territory, Long productId, Set<String> skills, int durationMinutes,
                             Instant windowStart, Instant windowEnd, Priority priority, Map<Long, Integer> parts,
                             Origin origin, String originRef) {

    public WorkOrderDraft {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        parts = parts == null ? Map.of() : Map.copyOf(parts);
    }
}
