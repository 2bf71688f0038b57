package dev.rapport.plugin.scorecard.build;

import dev.rapport.plugin.scorecard.model.CauseEffect;
import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds scorecards: starts one from a department kind's template, checks and saves it under its version, deletes
 * it; every change audited. Who may do what: {@link ScorecardAccess}.
 */
public final class ScorecardService {

    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);
    private static final int NAME_LENGTH = 120;
    /** Asks the snapshot job's next tick to measure the saved KPIs (see the snapshot package). */
    private static final String PENDING_SNAPSHOTS = "snapshots.pending";
    /** A catalogue id; a metric of a plugin not installed now is kept (and shown as unavailable). */
    private static final String METRIC_ID = "[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9._-]*";

    private final PluginContext context;
    private final ScorecardRepository repository;
    private final ScorecardAudit audit;

    public ScorecardService(PluginContext context, ScorecardRepository repository, ScorecardAudit audit) {
        this.context = context;
        this.repository = repository;
        this.audit = audit;
    }

    /** The scorecard of a department (0: the company), if it has one and the current user may read it. */
    public Optional<Scorecard> find(long departmentId) {
        requireRead(departmentId);
        return repository.findByDepartment(departmentId);
    }

    /** A new, unsaved scorecard for a department from the template of {@code kind}, named in {@code locale}. */
    public Scorecard fromTemplate(long departmentId, String name, DepartmentKind kind, Locale locale) {
        requireEdit(departmentId);
        Function<String, String> translate = key -> context.i18n().get(locale, key);
        return new Scorecard(0, departmentId, name, kind, Templates.objectives(kind, translate), null, 0);
    }

    /**
     * Checks and stores a scorecard: a new one (id 0) or a change of the stored one at {@code scorecard.version()}.
     *
     * @return the stored scorecard
     * @throws ValidationException naming each wrong field: {@code name}, {@code objective.<i>.name|weight|leadsTo},
     *         {@code kpi.<i>.<j>.metric|weight|target|green|amber}
     * @throws ConcurrentEditException when someone saved it in between
     */
    public Scorecard save(Scorecard scorecard) {
        UserInfo user = requireEdit(scorecard.departmentId());
        ValidationException.throwIfAny(check(scorecard));
        boolean created = scorecard.id() == 0;
        if (created && repository.findByDepartment(scorecard.departmentId()).isPresent()) {
            throw new ConcurrentEditException("Scorecard", scorecard.departmentId(), context.clock().instant(),
                    "someone else");
        }
        context.dsl().transaction(configuration -> {
            repository.save(scorecard, user.id(), context.clock().instant());
            audit.record(user.id(), scorecard.departmentId(), created ? "CREATED" : "SAVED", summary(scorecard),
                    context.clock().instant());
        });
        context.settings().put(PENDING_SNAPSHOTS, "true");
        return repository.findByDepartment(scorecard.departmentId()).orElseThrow();
    }

    /** Deletes a department's scorecard; its snapshots stay (they are the department's measured history). */
    public void delete(Scorecard scorecard) {
        UserInfo user = requireEdit(scorecard.departmentId());
        context.dsl().transaction(configuration -> {
            if (!repository.delete(scorecard.id(), scorecard.version())) {
                throw new ConcurrentEditException("Scorecard", scorecard.id(), context.clock().instant(), "someone else");
            }
            audit.record(user.id(), scorecard.departmentId(), "DELETED", scorecard.name(), context.clock().instant());
        });
    }

    /** Whether the current user may change the scorecard of a department (0: the company). */
    public boolean canEdit(long departmentId) {
        return context.security().currentUser().map(user -> ScorecardAccess.canEdit(user, departmentId)).orElse(false);
    }

    /** The field errors of a scorecard, empty when it may be saved. */
    List<FieldError> check(Scorecard scorecard) {
        List<FieldError> errors = new ArrayList<>();
        if (scorecard.name() == null || scorecard.name().isBlank()) {
            errors.add(FieldError.of("name", "scorecard.error.required"));
        } else if (scorecard.name().length() > NAME_LENGTH) {
            errors.add(FieldError.of("name", "scorecard.error.tooLong", NAME_LENGTH));
        }
        if (scorecard.objectives().isEmpty()) {
            errors.add(FieldError.of("objectives", "scorecard.error.noObjective"));
        }
        for (int i = 0; i < scorecard.objectives().size(); i++) {
            Objective objective = scorecard.objectives().get(i);
            String prefix = "objective." + i + ".";
            if (objective.name() == null || objective.name().isBlank()) {
                errors.add(FieldError.of(prefix + "name", "scorecard.error.required"));
            } else if (objective.name().length() > NAME_LENGTH) {
                errors.add(FieldError.of(prefix + "name", "scorecard.error.tooLong", NAME_LENGTH));
            }
            checkWeight(objective.weight(), prefix + "weight", errors);
            int self = i;
            if (objective.leadsTo().stream().anyMatch(other -> other == self || other < 0
                    || other >= scorecard.objectives().size())) {
                errors.add(FieldError.of(prefix + "leadsTo", "scorecard.error.leadsTo"));
            }
            for (int j = 0; j < objective.kpis().size(); j++) {
                checkKpi(objective.kpis().get(j), "kpi." + i + "." + j + ".", errors);
            }
        }
        if (errors.stream().noneMatch(error -> error.field().endsWith(".leadsTo"))) {
            CauseEffect.circle(scorecard.objectives()).ifPresent(circle -> errors.add(circleError(scorecard, circle)));
        }
        return errors;
    }

    /** The circle named on the links of the objective that closes it, e.g. "Grow revenue → Win customers → Grow revenue". */
    private static FieldError circleError(Scorecard scorecard, List<Integer> circle) {
        String names = circle.stream().map(position -> scorecard.objectives().get(position).name())
                .collect(Collectors.joining(" → "));
        return FieldError.of("objective." + circle.get(circle.size() - 2) + ".leadsTo", "scorecard.error.circle", names);
    }

    private void checkKpi(Kpi kpi, String prefix, List<FieldError> errors) {
        if (kpi.metricId() == null || kpi.metricId().isBlank()) {
            errors.add(FieldError.of(prefix + "metric", "scorecard.error.required"));
        } else if (kpi.metricId().length() > NAME_LENGTH || !kpi.metricId().matches(METRIC_ID)) {
            errors.add(FieldError.of(prefix + "metric", "scorecard.error.unknownMetric"));
        }
        checkWeight(kpi.weight(), prefix + "weight", errors);
        kpi.targets().values().stream().filter(target -> target.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0)
                .findFirst().ifPresent(target -> errors.add(FieldError.of(prefix + "target", "scorecard.error.targetRange")));
        if (kpi.greenPercent() == null || kpi.greenPercent().signum() < 0 || kpi.greenPercent().compareTo(MAX_PERCENT) > 0) {
            errors.add(FieldError.of(prefix + "green", "scorecard.error.percent", MAX_PERCENT));
        }
        if (kpi.amberPercent() == null || kpi.amberPercent().signum() < 0 || kpi.amberPercent().compareTo(MAX_PERCENT) > 0) {
            errors.add(FieldError.of(prefix + "amber", "scorecard.error.percent", MAX_PERCENT));
        } else if (kpi.greenPercent() != null && kpi.amberPercent().compareTo(kpi.greenPercent()) > 0) {
            errors.add(FieldError.of(prefix + "amber", "scorecard.error.amberAboveGreen"));
        }
    }

    private static void checkWeight(BigDecimal weight, String field, List<FieldError> errors) {
        if (weight == null || weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            errors.add(FieldError.of(field, "scorecard.error.weight", MAX_WEIGHT));
        }
    }

    private static String summary(Scorecard scorecard) {
        StringBuilder text = new StringBuilder(scorecard.name()).append(": ");
        for (Objective objective : scorecard.objectives()) {
            text.append(objective.perspective()).append(' ').append(objective.name()).append(" (")
                    .append(objective.weight().stripTrailingZeros().toPlainString()).append(") ");
            objective.kpis().forEach(kpi -> text.append(kpi.metricId()).append(' ').append(kpi.targets()).append(' '));
        }
        return text.toString().trim();
    }

    private UserInfo requireRead(long departmentId) {
        UserInfo user = currentUser();
        if (!ScorecardAccess.canRead(user, departmentId)) {
            throw new AccessDeniedException(user.displayName() + " may not read the scorecard of department " + departmentId);
        }
        return user;
    }

    private UserInfo requireEdit(long departmentId) {
        UserInfo user = currentUser();
        if (!ScorecardAccess.canEdit(user, departmentId)) {
            throw new AccessDeniedException(user.displayName() + " may not change the scorecard of department " + departmentId);
        }
        return user;
    }

    private UserInfo currentUser() {
        return context.security().currentUser()
                .orElseThrow(() -> new AccessDeniedException("Nobody is signed in to use the scorecard"));
    }
}
