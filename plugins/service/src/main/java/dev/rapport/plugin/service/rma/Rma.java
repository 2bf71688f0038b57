package dev.rapport.plugin.service.rma;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A return material authorisation of a service request (see the changelog {@code 004-rmas.sql}).
 *
 * @param coverage         why it was approved, or null while undecided or when refused
 * @param decisionReason   why it was refused (or approved as goodwill), or null
 * @param refundAmount     the amount refunded, with {@code refundCurrency}, when the outcome is a refund
 * @param refundTransactionId the kernel transaction recording the refund, or null
 */
public record Rma(long id, long requestId, long customerId, Long productId, String reason, RmaStatus status,
                  Coverage coverage, String decisionReason, String trackingNumber, LocalDate shippedOn,
                  LocalDate receivedOn, InspectionOutcome outcome, String inspectionNotes, BigDecimal refundAmount,
                  String refundCurrency, Long refundTransactionId, Instant requestedAt, Instant decidedAt,
                  Instant completedAt, Instant updatedAt, int version) {

    Rma decided(RmaStatus next, Coverage why, String reasonText, Instant at) {
        return new Rma(id, requestId, customerId, productId, reason, next, why, reasonText, trackingNumber, shippedOn,
                receivedOn, outcome, inspectionNotes, refundAmount, refundCurrency, refundTransactionId, requestedAt,
                at, completedAt, updatedAt, version);
    }

    Rma shipped(String tracking, LocalDate on) {
        return new Rma(id, requestId, customerId, productId, reason, RmaStatus.SHIPPED, coverage, decisionReason,
                tracking, on, receivedOn, outcome, inspectionNotes, refundAmount, refundCurrency, refundTransactionId,
                requestedAt, decidedAt, completedAt, updatedAt, version);
    }

    Rma received(LocalDate on) {
        return new Rma(id, requestId, customerId, productId, reason, RmaStatus.RECEIVED, coverage, decisionReason,
                trackingNumber, shippedOn, on, outcome, inspectionNotes, refundAmount, refundCurrency,
                refundTransactionId, requestedAt, decidedAt, completedAt, updatedAt, version);
    }

    Rma completed(InspectionOutcome result, String notes, BigDecimal amount, String currency, Long transactionId,
                  Instant at) {
        return new Rma(id, requestId, customerId, productId, reason, RmaStatus.COMPLETED, coverage, decisionReason,
                trackingNumber, shippedOn, receivedOn, result, notes, amount, currency, transactionId, requestedAt,
                decidedAt, at, updatedAt, version);
    }

    Rma touched(Instant at) {
        return new Rma(id, requestId, customerId, productId, reason, status, coverage, decisionReason, trackingNumber,
                shippedOn, receivedOn, outcome, inspectionNotes, refundAmount, refundCurrency, refundTransactionId,
                requestedAt, decidedAt, completedAt, at, version);
    }
}
