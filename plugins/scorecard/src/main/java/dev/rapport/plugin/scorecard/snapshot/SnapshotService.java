package dev.rapport.plugin.scorecard.snapshot;

import static dev.rapport.plugin.scorecard.db.Tables.SC_RECOMPUTE;

import dev.rapport.plugin.scorecard.build.ScorecardAudit;
import dev.rapport.plugin.scorecard.build.ScorecardRepository;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes the snapshots of every scorecard's metrics: the running value of each current period, the final value of
 * each of the last {@value #HISTORY} periods that ended without one (so a night missed, a restart or a crash loses
 * nothing and the first run fills the history), and recomputes of one period on request, which add a revision and
 * keep the ones before. Periods are bounded in the company's scorecard time zone.
 */
public final class SnapshotService {

    /** How many past periods the scorecard shows and the snapshot job keeps complete. */
    public static final int HISTORY = 12;

    /** The plugin setting naming the time zone periods are bounded in. */
    public static final String ZONE_SETTING = "zone";
    /** The plugin setting holding the day of the last complete snapshot run. */
    static final String DAY_SETTING = "snapshots.day";
    /** The plugin setting that asks the next tick for a snapshot run (a scorecard changed). */
    public static final String PENDING_SETTING = "snapshots.pending";

    private final PluginContext context;
    private final ScorecardRepository scorecards;
    private final SnapshotRepository snapshots;
    private final ScorecardAudit audit;

    public SnapshotService(PluginContext context, ScorecardRepository scorecards, SnapshotRepository snapshots,
                           ScorecardAudit audit) {
        this.context = context;
        this.scorecards = scorecards;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    /** The time zone periods are bounded in (plugin setting {@code zone}, Europe/Berlin by default). */
    public ZoneId zone() {
        return context.settings().get(ZONE_SETTING).map(ZoneId::of).orElse(ZoneId.of("Europe/Berlin"));
    }

    /** Today in the scorecard's time zone. */
    public LocalDate today() {
        return context.clock().instant().atZone(zone()).toLocalDate();
    }

    /**
     * The job's hourly tick: a full run on the first tick of each day (so a period that ended yesterday gets its
     * final value at once) and after a scorecard changed; otherwise nothing.
     *
     * @return how many snapshots were written
     */
    public int takeDueIfNeeded(Progress progress) {
        String today = today().toString();
        if (today.equals(context.settings().get(DAY_SETTING).orElse(null))
                && !context.settings().getBoolean(PENDING_SETTING, false)) {
            return 0;
        }
        context.settings().put(PENDING_SETTING, "false");
        boolean[] cancelled = new boolean[1];
        int written = takeDue((done, total) -> {
            cancelled[0] = !progress.step(done, total);
            return !cancelled[0];
        });
        if (!cancelled[0]) {
            context.settings().put(DAY_SETTING, today);
        }
        return written;
    }

    /**
     * The nightly run: the running values of the current periods and the missing final values of the last periods.
     *
     * @return how many snapshots were written
     */
    public int takeDue(Progress progress) {
        List<Scorecard> all = scorecards.departments().stream()
                .map(scorecards::findByDepartment).flatMap(Optional::stream).toList();
        long total = all.stream().mapToLong(scorecard -> scorecard.metricIds().size()).sum() * PeriodKind.values().length;
        long done = 0;
        int written = 0;
        LocalDate today = today();
        for (Scorecard scorecard : all) {
            Optional<Department> department = department(scorecard.departmentId());
            for (String metricId : scorecard.metricIds()) {
                for (PeriodKind kind : PeriodKind.values()) {
                    written += takeDue(scorecard.departmentId(), department, metricId, kind, today);
                    if (!progress.step(++done, total)) {
                        return written;
                    }
                }
            }
        }
        return written;
    }

    /**
     * A metric the catalogue does not offer now (its plugin not started yet, or uninstalled) gets no snapshot: a
     * final value taken then would say "unavailable" for good.
     */
    private int takeDue(long departmentId, Optional<Department> department, String metricId, PeriodKind kind,
                        LocalDate today) {
        if (context.metricCatalog().metric(metricId).isEmpty()) {
            return 0;
        }
        int written = 0;
        LocalDate current = kind.startOf(today);
        snapshots.putRunning(new SnapshotKey(departmentId, metricId, kind, current),
                read(metricId, department, kind, current), context.clock().instant());
        written++;
        for (int back = 1; back <= HISTORY; back++) {
            SnapshotKey key = new SnapshotKey(departmentId, metricId, kind, kind.plus(current, -back));
            if (!snapshots.hasFinal(key)) {
                snapshots.addFinal(key, read(metricId, department, kind, key.start()), context.clock().instant(), null);
                written++;
            }
        }
        return written;
    }

    /**
     * Asks for a recompute of one period of every scorecard, done by the recompute job; audited.
     *
     * @return the id of the request
     * @throws AccessDeniedException unless the current user is an administrator or a manager
     */
    public long requestRecompute(PeriodKind kind, LocalDate start) {
        UserInfo user = context.security().currentUser().filter(one -> one.role() == Role.ADMINISTRATOR
                || one.role() == Role.MANAGER).orElseThrow(() -> new AccessDeniedException(
                "Only administrators and managers recompute scorecard periods"));
        LocalDate periodStart = kind.startOf(start);
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        long[] id = new long[1];
        context.dsl().transaction(configuration -> {
            id[0] = configuration.dsl().insertInto(SC_RECOMPUTE).set(SC_RECOMPUTE.PERIOD_KIND, kind.name())
                    .set(SC_RECOMPUTE.PERIOD_START, periodStart).set(SC_RECOMPUTE.REQUESTED_BY, user.id())
                    .set(SC_RECOMPUTE.REQUESTED_AT, now).returning(SC_RECOMPUTE.ID).fetchOne().getId();
            audit.record(user.id(), Scorecard.COMPANY, "RECOMPUTE_REQUESTED", kind + " " + periodStart, now);
        });
        return id[0];
    }

    /**
     * Works off the pending recompute requests in order; each is marked done only when all its snapshots are
     * written, so a crash repeats the request (a repeated recompute only adds a revision).
     *
     * @return how many snapshots were written
     */
    public int recomputePending(Progress progress) {
        int written = 0;
        while (true) {
            var pending = context.dsl().selectFrom(SC_RECOMPUTE).where(SC_RECOMPUTE.DONE_AT.isNull())
                    .orderBy(SC_RECOMPUTE.ID).limit(100).fetch();
            if (pending.isEmpty()) {
                return written;
            }
            for (var request : pending) {
                PeriodKind kind = PeriodKind.valueOf(request.getPeriodKind());
                Optional<Integer> count = recompute(kind, request.getPeriodStart(), request.getRequestedBy(), progress);
                if (count.isEmpty()) {
                    return written;
                }
                written += count.get();
                context.dsl().update(SC_RECOMPUTE).set(SC_RECOMPUTE.DONE_AT, context.clock().instant()
                        .truncatedTo(ChronoUnit.MILLIS)).where(SC_RECOMPUTE.ID.eq(request.getId())).execute();
            }
        }
    }

    /**
     * Measures one period of every scorecard again: a period that is over gets a new final revision, a current one
     * its running value; audited per department.
     *
     * @return how many snapshots were written, or empty when cancelled
     */
    public Optional<Integer> recompute(PeriodKind kind, LocalDate start, Long userId, Progress progress) {
        LocalDate periodStart = kind.startOf(start);
        boolean over = !kind.endAfter(periodStart).isAfter(today());
        List<Scorecard> all = scorecards.departments().stream()
                .map(scorecards::findByDepartment).flatMap(Optional::stream).toList();
        long total = all.stream().mapToLong(scorecard -> scorecard.metricIds().size()).sum();
        long done = 0;
        int written = 0;
        for (Scorecard scorecard : all) {
            Optional<Department> department = department(scorecard.departmentId());
            List<String> changed = new ArrayList<>();
            for (String metricId : scorecard.metricIds()) {
                SnapshotKey key = new SnapshotKey(scorecard.departmentId(), metricId, kind, periodStart);
                MetricReading reading = read(metricId, department, kind, periodStart);
                if (over) {
                    changed.add(metricId + " r" + snapshots.addFinal(key, reading, context.clock().instant(), userId));
                } else {
                    snapshots.putRunning(key, reading, context.clock().instant());
                    changed.add(metricId);
                }
                written++;
                if (!progress.step(++done, total)) {
                    return Optional.empty();
                }
            }
            audit.record(userId, scorecard.departmentId(), "RECOMPUTED", kind + " " + periodStart + ": "
                    + String.join(", ", changed), context.clock().instant());
        }
        return Optional.of(written);
    }

    private MetricReading read(String metricId, Optional<Department> department, PeriodKind kind, LocalDate start) {
        return context.metricCatalog().read(metricId, department, kind.period(start, zone()));
    }

    private Optional<Department> department(long departmentId) {
        return departmentId == Scorecard.COMPANY ? Optional.empty() : context.staff().department(departmentId);
    }
}
