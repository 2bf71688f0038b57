package dev.rapport.plugin.upsell.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new opportunity as entered; {@code ownerId} null means the acting user. */
public record OpportunityDraft(Long pipelineId, Long customerId, String title, BigDecimal amount, String currency,
                               LocalDate expectedClose, Long ownerId, Long productId) {
}
