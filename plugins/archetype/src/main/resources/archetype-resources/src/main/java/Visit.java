package ${package};

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit at a customer.
 *
 * @param id the visit's id
 * @param customerId the customer visited
 * @param status planned, done or missed
 * @param day the day it is due (planned, missed) or was done
 * @param note what happened; empty for a planned visit
 * @param recordedAt when it was planned or recorded
 */
public record Visit(long id, long customerId, VisitStatus status, LocalDate day, String note, Instant recordedAt) {
}
