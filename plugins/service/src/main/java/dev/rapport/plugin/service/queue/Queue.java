package dev.rapport.plugin.service.queue;

import java.math.BigDecimal;

/**
 * A team's queue of requests: its department, its manager (escalations go to them), how it assigns, and what an
 * hour of work on its requests costs (cost to serve).
 */
public record Queue(long id, String name, long departmentId, Long managerUserId, AssignmentMode assignment,
                    BigDecimal hourlyRate, String currency, int version) {
}
