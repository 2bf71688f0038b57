package dev.rapport.plugin.service.request;

import org.jooq.DSLContext;

/** What happens in the transaction that resolves a request, beside its own change (the satisfaction survey). */
@FunctionalInterface
public interface ResolutionFollowUp {

    ResolutionFollowUp NONE = (tx, request) -> { };

    void resolved(DSLContext tx, ServiceRequest request);
}
