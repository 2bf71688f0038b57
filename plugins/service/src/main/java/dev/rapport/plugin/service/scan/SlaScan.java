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
 * batches by (scan time, id), each checked by {@link SlaCheck} in a transaction of its own, so a failure on one
 * request neither loses nor repeats the others' warnings. A checked request's next scan time is later than now (or
 * none), so a pass never sees a request twice.
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
        int checked = 0;
        int warnings = 0;
        int breaches = 0;
        int failed = 0;
        Instant afterScanAt = null;
        long afterId = 0;
        while (!cancelled.getAsBoolean()) {
            List<ScanDue> batch = new RequestRepository(context.dsl()).dueForScan(now, afterScanAt, afterId, batchSize);
            for (ScanDue due : batch) {
                try {
                    SlaCheck.Outcome outcome = context.dsl().transactionResult(configuration ->
                            check.check(configuration.dsl(), due.requestId(), now));
                    warnings += outcome.warnings();
                    breaches += outcome.breaches();
                } catch (RuntimeException e) {
                    // Rolled back alone: the request keeps its scan time and the next pass tries it again.
                    failed++;
                    context.logger().warn("SLA check of request {} failed", due.requestId(), e);
                }
                checked++;
            }
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
