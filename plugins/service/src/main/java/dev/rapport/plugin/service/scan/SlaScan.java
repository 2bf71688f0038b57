package dev.rapport.plugin.service.scan;

import dev.rapport.plugin.service.request.RequestRepository;
import dev.rapport.plugin.service.request.RequestRepository.ScanDue;
import dev.rapport.plugin.service.request.SlaCheck;
import dev.rapport.sdk.PluginContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One pass of the SLA scan: the open requests whose scan time has come (a warning or a breach falls due), in keyset
 * batches by (scan time, id), each batch locked and checked by {@link SlaCheck} in one transaction, so a crash
 * mid-pass loses or repeats no warning: a batch's warnings, history and new scan times commit together or not at
 * all. Should a batch fail, its requests are checked again one per transaction, so one faulty request neither
 * holds back nor repeats the others. A checked request's next scan time is later than now (or none), so a pass
 * never sees a request twice.
 */
public final class SlaScan {

    /** What a pass did. */
    public record Result(int checked, int warnings, int breaches, int failed) {
    }

    /** Progress of a pass, for the Jobs page. */
    public interface Progress {
        void checked(int count);
    }

    private final PluginContext context;
    private final SlaCheck check;
    private final Clock clock;
    private final int batchSize;

    public SlaScan(PluginContext context, SlaCheck check, Clock clock, int batchSize) {
        this.context = context;
        this.check = check;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    public Result run(BooleanSupplier cancelled, Progress progress) {
        Instant now = clock.instant();
        SlaCheck.Pass pass = new SlaCheck.Pass();
        int checked = 0;
        int warnings = 0;
        int breaches = 0;
        int failed = 0;
        Instant afterScanAt = null;
        long afterId = 0;
        while (!cancelled.getAsBoolean()) {
            List<ScanDue> batch = new RequestRepository(context.dsl()).dueForScan(now, afterScanAt, afterId, batchSize);
            if (batch.isEmpty()) {
                break;
            }
            List<Long> ids = batch.stream().map(ScanDue::requestId).toList();
            try {
                SlaCheck.Outcome outcome = context.dsl().transactionResult(configuration ->
                        check.checkAll(configuration.dsl(), ids, now, pass));
                warnings += outcome.warnings();
                breaches += outcome.breaches();
            } catch (RuntimeException batchFailure) {
                context.logger().warn("SLA check of a batch of {} requests failed; checking them one by one",
                        ids.size(), batchFailure);
                for (long id : ids) {
                    try {
                        SlaCheck.Outcome outcome = context.dsl().transactionResult(configuration ->
                                check.checkAll(configuration.dsl(), List.of(id), now, pass));
                        warnings += outcome.warnings();
                        breaches += outcome.breaches();
                    } catch (RuntimeException e) {
                        // Rolled back alone: the request keeps its scan time and the next pass tries it again.
                        failed++;
                        context.logger().warn("SLA check of request {} failed", id, e);
                    }
                }
            }
            checked += batch.size();
            progress.checked(checked);
            if (batch.size() < batchSize) {
                break;
            }
            afterScanAt = batch.getLast().scanAt();
            afterId = batch.getLast().requestId();
        }
        if (warnings + breaches + failed > 0) {
            context.logger().info("SLA scan: {} requests checked, {} warnings, {} breaches, {} failed", checked,
                    warnings, breaches, failed);
        }
        return new Result(checked, warnings, breaches, failed);
    }
}
