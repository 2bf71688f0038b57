package dev.rapport.sdk.event;

/**
 * Two records of the same customer were merged: everything of {@code mergedId} (contact data, contacts,
 * interactions, transactions, tasks) now belongs to {@code customerId}, and {@code mergedId} no longer exists.
 * A plugin that keeps rows for customers moves the merged customer's rows to the surviving one.
 *
 * @param customerId the surviving customer
 * @param mergedId the customer that was merged into it and removed
 * @since 1.0.0
 */
public record CustomerMerged(Long customerId, long mergedId) implements DomainEvent {
}
