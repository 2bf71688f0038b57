package dev.rapport.sdk.extension;

import java.util.Objects;

/**
 * One record behind a metric's value (a customer, a request, an opportunity), for the scorecard's drill-down.
 *
 * @param label what the record is, e.g. the customer's name or a request's number and subject
 * @param detail one more fact about it (a date, an amount), already formatted, or empty
 * @param route the application route of the record's page, e.g. {@code customers/42}, or empty when it has none
 * @since 1.3.0
 */
public record MetricRecord(String label, String detail, String route) {

    public MetricRecord {
        Objects.requireNonNull(label, "label");
        detail = detail == null ? "" : detail;
        route = route == null ? "" : route;
    }
}
