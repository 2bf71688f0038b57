package dev.rapport.plugin.upsell.opportunity;

import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;
import static dev.rapport.plugin.upsell.db.Tables.UPS_PIPELINE;
import static dev.rapport.plugin.upsell.db.Tables.UPS_STAGE;

import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Pipelines and their stages: managers configure them; every opportunity lives in one. */
public final class PipelineService {

    static final int MAX_STAGES = 12;

    private final PluginContext context;

    public PipelineService(PluginContext context) {
        this.context = context;
    }

    public List<Pipeline> all() {
        DSLContext dsl = context.dsl();
        Map<Long, List<Stage>> stages = dsl.selectFrom(UPS_STAGE).orderBy(UPS_STAGE.POSITION).fetch()
                .stream().map(PipelineService::toStage).collect(Collectors.groupingBy(Stage::pipelineId));
        return dsl.selectFrom(UPS_PIPELINE).orderBy(UPS_PIPELINE.NAME).fetch(record ->
                new Pipeline(record.getId(), record.getName(), stages.getOrDefault(record.getId(), List.of())));
    }

    public Optional<Pipeline> find(long pipelineId) {
        return all().stream().filter(pipeline -> pipeline.id() == pipelineId).findFirst();
    }

    public Pipeline require(long pipelineId) {
        return find(pipelineId).orElseThrow(() -> new NotFoundException("Pipeline", pipelineId));
    }

    public Stage stage(long stageId) {
        return Optional.ofNullable(context.dsl().selectFrom(UPS_STAGE).where(UPS_STAGE.ID.eq(stageId)).fetchOne())
                .map(PipelineService::toStage).orElseThrow(() -> new NotFoundException("Stage", stageId));
    }

    /**
     * Creates ({@code pipelineId} null) or changes a pipeline: its stages take the list's order. A stage left out is
     * removed, which is refused while open opportunities are in it.
     */
    public Pipeline save(Long pipelineId, String name, List<StageSpec> stages) {
        context.security().requirePermission(UpsellPermissions.EDIT_PIPELINE, "configure pipelines");
        List<FieldError> errors = validate(pipelineId, name, stages);
        ValidationException.throwIfAny(errors);
        long id = context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long saved = pipelineId != null ? pipelineId : tx.insertInto(UPS_PIPELINE)
                    .set(UPS_PIPELINE.NAME, name.strip()).set(UPS_PIPELINE.CREATED_AT, context.clock().instant())
                    .returningResult(UPS_PIPELINE.ID).fetchSingle().value1();
            tx.update(UPS_PIPELINE).set(UPS_PIPELINE.NAME, name.strip()).where(UPS_PIPELINE.ID.eq(saved)).execute();
            Set<Long> kept = new HashSet<>();
            for (int position = 0; position < stages.size(); position++) {
                StageSpec spec = stages.get(position);
                if (spec.id() == null) {
                    kept.add(tx.insertInto(UPS_STAGE).set(UPS_STAGE.PIPELINE_ID, saved)
                            .set(UPS_STAGE.NAME, spec.name().strip()).set(UPS_STAGE.POSITION, position)
                            .set(UPS_STAGE.PROBABILITY, spec.probability())
                            .returningResult(UPS_STAGE.ID).fetchSingle().value1());
                } else {
                    tx.update(UPS_STAGE).set(UPS_STAGE.NAME, spec.name().strip()).set(UPS_STAGE.POSITION, position)
                            .set(UPS_STAGE.PROBABILITY, spec.probability())
                            .where(UPS_STAGE.ID.eq(spec.id()).and(UPS_STAGE.PIPELINE_ID.eq(saved))).execute();
                    kept.add(spec.id());
                }
            }
            tx.deleteFrom(UPS_STAGE).where(UPS_STAGE.PIPELINE_ID.eq(saved)).and(UPS_STAGE.ID.notIn(kept)).execute();
            return saved;
        });
        return require(id);
    }

    private List<FieldError> validate(Long pipelineId, String name, List<StageSpec> stages) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "upsell.error.required"));
        } else if (name.strip().length() > 100) {
            errors.add(FieldError.of("name", "upsell.error.tooLong", 100));
        } else if (context.dsl().fetchExists(UPS_PIPELINE, UPS_PIPELINE.NAME.eq(name.strip())
                .and(pipelineId == null ? UPS_PIPELINE.ID.isNotNull() : UPS_PIPELINE.ID.ne(pipelineId)))) {
            errors.add(FieldError.of("name", "upsell.pipeline.error.nameTaken"));
        }
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            errors.add(FieldError.of("stages", "upsell.pipeline.error.stageCount", MAX_STAGES));
        }
        Set<String> names = new HashSet<>();
        for (StageSpec stage : stages) {
            if (stage.name() == null || stage.name().isBlank() || stage.name().strip().length() > 60) {
                errors.add(FieldError.of("stages", "upsell.pipeline.error.stageName"));
            } else if (!names.add(stage.name().strip().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(FieldError.of("stages", "upsell.pipeline.error.stageDuplicate", stage.name().strip()));
            }
            if (stage.probability() == null || stage.probability() < 0 || stage.probability() > 100) {
                errors.add(FieldError.of("stages", "upsell.pipeline.error.probability"));
            }
        }
        if (pipelineId != null) {
            Set<Long> kept = stages.stream().map(StageSpec::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            boolean removesUsed = context.dsl().fetchExists(UPS_OPPORTUNITY, UPS_OPPORTUNITY.PIPELINE_ID.eq(pipelineId)
                    .and(UPS_OPPORTUNITY.STAGE_ID.notIn(kept)));
            if (removesUsed) {
                errors.add(FieldError.of("stages", "upsell.pipeline.error.stageInUse"));
            }
        }
        return errors;
    }

    /** The standard pipeline, once, so opportunities can be entered at once. */
    public void installDefaultOnFirstStart() {
        if (context.dsl().fetchCount(UPS_PIPELINE) > 0) {
            return;
        }
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            long id = tx.insertInto(UPS_PIPELINE).set(UPS_PIPELINE.NAME, context.i18n().get(java.util.Locale.ENGLISH,
                            "upsell.pipeline.defaultName")).set(UPS_PIPELINE.CREATED_AT, context.clock().instant())
                    .returningResult(UPS_PIPELINE.ID).fetchSingle().value1();
            String[] names = {"Qualify", "Needs analysis", "Proposal", "Negotiation"};
            int[] probabilities = {10, 30, 60, 80};
            for (int position = 0; position < names.length; position++) {
                tx.insertInto(UPS_STAGE).set(UPS_STAGE.PIPELINE_ID, id).set(UPS_STAGE.NAME, names[position])
                        .set(UPS_STAGE.POSITION, position).set(UPS_STAGE.PROBABILITY, probabilities[position]).execute();
            }
        });
    }

    private static Stage toStage(dev.rapport.plugin.upsell.db.tables.records.UpsStageRecord record) {
        return new Stage(record.getId(), record.getPipelineId(), record.getName(), record.getPosition(),
                record.getProbability());
    }
}
