package dev.rapport.platform.interaction;

import dev.rapport.platform.customer.Money;

import java.time.Instant;
import java.util.List;

/**
 * The figures at the top of the 360° view.
 *
 * @param customerSince the first purchase or subscription start, else (a prospect) when the record was created
 * @param revenueLast12Months purchases and subscription starts minus refunds, one amount per currency
 * @param lastContact the newest interaction, or null if there is none
 */
public record CustomerKeyFigures(Instant customerSince, List<Money> revenueLast12Months, Instant lastContact,
                                 long interactionCount, long transactionCount) {
}
