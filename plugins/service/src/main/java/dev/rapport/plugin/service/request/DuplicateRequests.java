package dev.rapport.plugin.service.request;

import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST_EVENT;
import static dev.rapport.plugin.service.db.Tables.SVC_RMA;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.document.Documents;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Likely duplicate requests and their merge. A likely duplicate of a request is another open request of the same
 * customer, opened within the duplicate window ({@link ServiceSettings#duplicateWindow()}) before or after it, whose
 * subject is similar ({@link SimilarSubjects}): customers who write twice, or by email and then by the website form.
 *
 * <p>Merging a duplicate into a request moves to that request what was done on the duplicate (internal notes,
 * replies and customer replies, logged time with its minutes, returns, attached documents) and closes the duplicate
 * with a link to it, its clocks stopped; both histories record the merge and who did it. Both requests are locked,
 * in id order, and checked against the versions the agent saw, in one transaction. Documents are stored by the
 * kernel outside that transaction: they are moved after it commits, one by one (copied, then deleted), so a failure
 * part-way leaves the rest on the closed duplicate, which links to the request, and loses none.
 */
public final class DuplicateRequests {

    /** The record type the plugin's documents of a request are attached to ({@link Documents}). */
    public static final String DOCUMENT_TYPE = "request";
    /** History entries that are work on the request, not its own life: they follow a merge. */
    static final Set<HistoryKind> MOVED = EnumSet.of(HistoryKind.NOTE, HistoryKind.REPLY, HistoryKind.CUSTOMER_REPLY,
            HistoryKind.TIME_LOGGED);
    private static final int CANDIDATES = 50;

    private final PluginContext context;
    private final RequestService requests;

    public DuplicateRequests(PluginContext context, RequestService requests) {
        this.context = context;
        this.requests = requests;
    }

    /** The likely duplicates of {@code request}, newest first (none once it is no longer open). */
    public List<ServiceRequest> of(ServiceRequest request) {
        if (!request.status().isOpen()) {
            return List.of();
        }
        Duration window = requests.settings().duplicateWindow();
        return new RequestRepository(context.dsl()).openOfCustomerBetween(request.customerId(), request.id(),
                        request.openedAt().minus(window), request.openedAt().plus(window), CANDIDATES).stream()
                .filter(candidate -> SimilarSubjects.similar(request.subject(), candidate.subject())).toList();
    }

    /**
     * Merges request {@code duplicateId} into request {@code intoId}, each as of the version the agent saw.
     *
     * @throws ValidationException on field {@code merge} when they are the same request, belong to different
     *         customers, or either is no longer open
     * @throws ConcurrentEditException when either changed since the agent saw it
     */
    public void merge(long duplicateId, int duplicateVersion, long intoId, int intoVersion) {
        context.security().requireRole(Role.AGENT, "merge service requests");
        Long actor = context.security().currentUser().map(UserInfo::id).orElse(null);
        if (duplicateId == intoId) {
            throw refusal("service.validation.mergeSelf");
        }
        MergeResult result = context.dsl().transactionResult(configuration ->
                merge(configuration.dsl(), duplicateId, duplicateVersion, intoId, intoVersion, actor));
        moveDocuments(result);
    }

    private record MergeResult(long duplicateId, long intoId, long customerId) {
    }

    private MergeResult merge(DSLContext tx, long duplicateId, int duplicateVersion, long intoId, int intoVersion,
                              Long actor) {
        RequestRepository repository = new RequestRepository(tx);
        // Locked in id order, so two agents merging the same pair in opposite directions cannot deadlock.
        ServiceRequest first = repository.lock(Math.min(duplicateId, intoId));
        ServiceRequest second = repository.lock(Math.max(duplicateId, intoId));
        ServiceRequest duplicate = first.id() == duplicateId ? first : second;
        ServiceRequest into = first.id() == intoId ? first : second;
        if (duplicate.version() != duplicateVersion) {
            throw new ConcurrentEditException("Service request", duplicateId, duplicate.updatedAt(), "someone else");
        }
        if (into.version() != intoVersion) {
            throw new ConcurrentEditException("Service request", intoId, into.updatedAt(), "someone else");
        }
        if (duplicate.customerId() != into.customerId()) {
            throw refusal("service.validation.mergeOtherCustomer");
        }
        if (!duplicate.status().isOpen() || !into.status().isOpen()) {
            throw refusal("service.validation.mergeNotOpen");
        }
        tx.update(SVC_REQUEST_EVENT).set(SVC_REQUEST_EVENT.REQUEST_ID, intoId)
                .where(SVC_REQUEST_EVENT.REQUEST_ID.eq(duplicateId),
                        SVC_REQUEST_EVENT.KIND.in(MOVED.stream().map(Enum::name).toList())).execute();
        tx.update(SVC_RMA).set(SVC_RMA.REQUEST_ID, intoId).where(SVC_RMA.REQUEST_ID.eq(duplicateId))
                .execute();
        requests.change(tx, duplicateId, null, (inner, request, now) -> {
            RequestClocks stopped = ClockRules.onStatus(requests.agreementOf(inner, request).clock(), request.clocks(),
                    RequestStatus.CLOSED, now, requests.settings().pausingStatuses());
            HistoryRepository history = new HistoryRepository(inner);
            history.append(duplicateId, HistoryKind.STATUS, request.status(), RequestStatus.CLOSED, null, null, actor, now);
            history.append(duplicateId, HistoryKind.MERGED, null, "#" + intoId, null, null, actor, now);
            return request.withMergedInto(intoId, now, stopped);
        });
        requests.change(tx, intoId, null, (inner, request, now) -> {
            new HistoryRepository(inner).append(intoId, HistoryKind.MERGED_IN, null, "#" + duplicateId, null, null,
                    actor, now);
            return request.withMinutesLogged(request.minutesLogged() + duplicate.minutesLogged());
        });
        return new MergeResult(duplicateId, intoId, into.customerId());
    }

    private void moveDocuments(MergeResult result) {
        Documents documents = context.documents();
        String from = String.valueOf(result.duplicateId());
        for (DocumentInfo document : documents.list(DOCUMENT_TYPE, from)) {
            try (InputStream content = documents.open(document.id())) {
                documents.attach(DOCUMENT_TYPE, String.valueOf(result.intoId()), result.customerId(),
                        document.fileName(), content);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot move document " + document.id() + " of request "
                        + result.duplicateId(), e);
            }
            documents.delete(document.id());
        }
    }

    private static ValidationException refusal(String key) {
        return new ValidationException(List.of(FieldError.of("merge", key)));
    }
}
