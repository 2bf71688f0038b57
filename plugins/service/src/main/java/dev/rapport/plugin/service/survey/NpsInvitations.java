package dev.rapport.plugin.service.survey;

import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;

import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.PluginContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The periodic NPS survey: customers who had a request resolved in the last {@link #RECENT} and were not asked in
 * the last {@link #INTERVAL} get an invitation. Walks the resolved requests by (resolved at, id), one batch per
 * transaction, so a crash halfway loses nothing and doubles nothing (a customer invited once is not invited again
 * within the interval).
 */
public final class NpsInvitations {

    static final Duration RECENT = Duration.ofDays(90);
    static final Duration INTERVAL = Duration.ofDays(180);
    private static final int BATCH = 200;

    private final PluginContext context;
    private final SurveyService surveys;
    private final PublicAddress address;
    private final Clock clock;

    public NpsInvitations(PluginContext context, SurveyService surveys, PublicAddress address, Clock clock) {
        this.context = context;
        this.surveys = surveys;
        this.address = address;
        this.clock = clock;
    }

    /** Invites who is due; returns how many were invited. Stops between batches when {@code cancelled}. */
    public int run(BooleanSupplier cancelled, LongConsumer progress) {
        Instant now = clock.instant();
        Instant since = Times.stored(now.minus(RECENT));
        Instant notAskedSince = now.minus(INTERVAL);
        String base = address.get();
        Instant afterAt = since;
        long afterId = 0;
        int invited = 0;
        long seen = 0;
        while (!cancelled.getAsBoolean()) {
            var page = context.dsl().select(SVC_REQUEST.ID, SVC_REQUEST.RESOLVED_AT, SVC_REQUEST.CUSTOMER_ID)
                    .from(SVC_REQUEST).where(SVC_REQUEST.RESOLVED_AT.ge(since), SVC_REQUEST.RESOLVED_AT.le(Times.stored(now)))
                    .orderBy(SVC_REQUEST.RESOLVED_AT, SVC_REQUEST.ID).seek(afterAt, afterId).limit(BATCH).fetch();
            if (page.isEmpty()) {
                break;
            }
            List<Long> customers = page.map(row -> row.value3()).stream().distinct().toList();
            invited += context.dsl().transactionResult(configuration -> (int) customers.stream()
                    .filter(customer -> surveys.inviteToNps(configuration.dsl(), customer, notAskedSince, base).isPresent())
                    .count());
            seen += page.size();
            progress.accept(seen);
            afterAt = page.getLast().value2();
            afterId = page.getLast().value1();
        }
        return invited;
    }
}
