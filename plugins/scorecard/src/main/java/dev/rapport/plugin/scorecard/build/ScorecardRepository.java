package dev.rapport.plugin.scorecard.build;

import static dev.rapport.plugin.scorecard.db.Tables.SC_KPI;
import static dev.rapport.plugin.scorecard.db.Tables.SC_OBJECTIVE;
import static dev.rapport.plugin.scorecard.db.Tables.SC_OBJECTIVE_LINK;
import static dev.rapport.plugin.scorecard.db.Tables.SC_SCORECARD;

import dev.rapport.plugin.scorecard.db.tables.records.ScKpiRecord;
import dev.rapport.plugin.scorecard.db.tables.records.ScScorecardRecord;
import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.error.ConcurrentEditException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Scorecards with their objectives, their cause-effect links and KPIs in {@code sc_scorecard}, {@code sc_objective},
 * {@code sc_objective_link} and {@code sc_kpi}. A save rewrites the objectives, links and KPIs of the scorecard under
 * its version: a scorecard holds tens of rows.
 */
public final class ScorecardRepository {

    private final DSLContext dsl;

    public ScorecardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Scorecard> findByDepartment(long departmentId) {
        return dsl.selectFrom(SC_SCORECARD).where(SC_SCORECARD.DEPARTMENT_ID.eq(departmentId)).fetchOptional()
                .map(this::load);
    }

    /** Every scorecard's department (0: the company's); one per department. */
    public List<Long> departments() {
        return dsl.select(SC_SCORECARD.DEPARTMENT_ID).from(SC_SCORECARD).orderBy(SC_SCORECARD.DEPARTMENT_ID)
                .fetch(SC_SCORECARD.DEPARTMENT_ID);
    }

    /**
     * Stores {@code scorecard} (a new one when its id is 0) in the caller's transaction.
     *
     * @return the stored scorecard's id
     * @throws ConcurrentEditException when it changed since it was read
     */
    public long save(Scorecard scorecard, Long userId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        long id = scorecard.id();
        String template = scorecard.template() == null ? null : scorecard.template().name();
        if (id == 0) {
            id = dsl.insertInto(SC_SCORECARD).set(SC_SCORECARD.DEPARTMENT_ID, scorecard.departmentId())
                    .set(SC_SCORECARD.NAME, scorecard.name()).set(SC_SCORECARD.TEMPLATE, template)
                    .set(SC_SCORECARD.UPDATED_AT, at).set(SC_SCORECARD.UPDATED_BY, userId)
                    .returning(SC_SCORECARD.ID).fetchOne().getId();
        } else {
            int changed = dsl.update(SC_SCORECARD).set(SC_SCORECARD.NAME, scorecard.name())
                    .set(SC_SCORECARD.TEMPLATE, template).set(SC_SCORECARD.UPDATED_AT, at)
                    .set(SC_SCORECARD.UPDATED_BY, userId).set(SC_SCORECARD.VERSION, SC_SCORECARD.VERSION.plus(1))
                    .where(SC_SCORECARD.ID.eq(id), SC_SCORECARD.VERSION.eq(scorecard.version())).execute();
            if (changed == 0) {
                Instant changedAt = dsl.select(SC_SCORECARD.UPDATED_AT).from(SC_SCORECARD)
                        .where(SC_SCORECARD.ID.eq(id)).fetchOptional(SC_SCORECARD.UPDATED_AT).orElse(at);
                throw new ConcurrentEditException("Scorecard", id, changedAt, "someone else");
            }
            dsl.deleteFrom(SC_OBJECTIVE).where(SC_OBJECTIVE.SCORECARD_ID.eq(id)).execute();
        }
        List<Long> objectiveIds = new ArrayList<>();
        int position = 0;
        for (Objective objective : scorecard.objectives()) {
            long objectiveId = dsl.insertInto(SC_OBJECTIVE).set(SC_OBJECTIVE.SCORECARD_ID, id)
                    .set(SC_OBJECTIVE.PERSPECTIVE, objective.perspective().name()).set(SC_OBJECTIVE.NAME, objective.name())
                    .set(SC_OBJECTIVE.WEIGHT, objective.weight()).set(SC_OBJECTIVE.POSITION, position++)
                    .returning(SC_OBJECTIVE.ID).fetchOne().getId();
            objectiveIds.add(objectiveId);
            int kpiPosition = 0;
            for (Kpi kpi : objective.kpis()) {
                dsl.insertInto(SC_KPI).set(SC_KPI.OBJECTIVE_ID, objectiveId).set(SC_KPI.METRIC_ID, kpi.metricId())
                        .set(SC_KPI.WEIGHT, kpi.weight()).set(SC_KPI.TARGET_WEEK, kpi.targets().get(PeriodKind.WEEK))
                        .set(SC_KPI.TARGET_MONTH, kpi.targets().get(PeriodKind.MONTH))
                        .set(SC_KPI.TARGET_QUARTER, kpi.targets().get(PeriodKind.QUARTER))
                        .set(SC_KPI.TARGET_YEAR, kpi.targets().get(PeriodKind.YEAR))
                        .set(SC_KPI.GREEN_PCT, kpi.greenPercent()).set(SC_KPI.AMBER_PCT, kpi.amberPercent())
                        .set(SC_KPI.POSITION, kpiPosition++).execute();
            }
        }
        var links = dsl.insertInto(SC_OBJECTIVE_LINK, SC_OBJECTIVE_LINK.OBJECTIVE_ID, SC_OBJECTIVE_LINK.LEADS_TO_ID);
        boolean linked = false;
        for (int i = 0; i < scorecard.objectives().size(); i++) {
            for (int leadsTo : scorecard.objectives().get(i).leadsTo()) {
                if (leadsTo >= 0 && leadsTo < objectiveIds.size() && leadsTo != i) {
                    links = links.values(objectiveIds.get(i), objectiveIds.get(leadsTo));
                    linked = true;
                }
            }
        }
        if (linked) {
            links.execute();
        }
        return id;
    }

    public boolean delete(long id, int version) {
        return dsl.deleteFrom(SC_SCORECARD).where(SC_SCORECARD.ID.eq(id), SC_SCORECARD.VERSION.eq(version))
                .execute() == 1;
    }

    private Scorecard load(ScScorecardRecord record) {
        Map<Long, List<Kpi>> kpis = new HashMap<>();
        dsl.select(SC_KPI.fields()).from(SC_KPI).join(SC_OBJECTIVE).on(SC_OBJECTIVE.ID.eq(SC_KPI.OBJECTIVE_ID))
                .where(SC_OBJECTIVE.SCORECARD_ID.eq(record.getId())).orderBy(SC_KPI.OBJECTIVE_ID, SC_KPI.POSITION)
                .fetchInto(SC_KPI)
                .forEach(kpi -> kpis.computeIfAbsent(kpi.getObjectiveId(), key -> new ArrayList<>()).add(toKpi(kpi)));
        var objectiveRows = dsl.selectFrom(SC_OBJECTIVE).where(SC_OBJECTIVE.SCORECARD_ID.eq(record.getId()))
                .orderBy(SC_OBJECTIVE.POSITION).fetch();
        List<Long> ids = objectiveRows.map(row -> row.getId());
        Map<Long, List<Integer>> leadsTo = new HashMap<>();
        dsl.select(SC_OBJECTIVE_LINK.OBJECTIVE_ID, SC_OBJECTIVE_LINK.LEADS_TO_ID).from(SC_OBJECTIVE_LINK)
                .join(SC_OBJECTIVE).on(SC_OBJECTIVE.ID.eq(SC_OBJECTIVE_LINK.OBJECTIVE_ID))
                .where(SC_OBJECTIVE.SCORECARD_ID.eq(record.getId()))
                .forEach(link -> leadsTo.computeIfAbsent(link.value1(), key -> new ArrayList<>())
                        .add(ids.indexOf(link.value2())));
        List<Objective> objectives = objectiveRows.map(row -> new Objective(row.getId(),
                Perspective.valueOf(row.getPerspective()), row.getName(), row.getWeight(),
                leadsTo.getOrDefault(row.getId(), List.of()), kpis.getOrDefault(row.getId(), List.of())));
        return new Scorecard(record.getId(), record.getDepartmentId(), record.getName(),
                record.getTemplate() == null ? null : DepartmentKind.valueOf(record.getTemplate()), objectives,
                record.getUpdatedAt(), record.getVersion());
    }

    private static Kpi toKpi(ScKpiRecord row) {
        Map<PeriodKind, BigDecimal> targets = new EnumMap<>(PeriodKind.class);
        putIfSet(targets, PeriodKind.WEEK, row.getTargetWeek());
        putIfSet(targets, PeriodKind.MONTH, row.getTargetMonth());
        putIfSet(targets, PeriodKind.QUARTER, row.getTargetQuarter());
        putIfSet(targets, PeriodKind.YEAR, row.getTargetYear());
        return new Kpi(row.getId(), row.getMetricId(), row.getWeight(), targets, row.getGreenPct(), row.getAmberPct());
    }

    private static void putIfSet(Map<PeriodKind, BigDecimal> targets, PeriodKind kind, BigDecimal target) {
        if (target != null) {
            BigDecimal plain = target.stripTrailingZeros();
            targets.put(kind, plain.scale() < 0 ? plain.setScale(0) : plain);
        }
    }
}
