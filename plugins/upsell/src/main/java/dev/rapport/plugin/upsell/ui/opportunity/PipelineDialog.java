package dev.rapport.plugin.upsell.ui.opportunity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.StageSpec;
import dev.rapport.sdk.ui.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Creates or configures a pipeline: its name and its stages in order, each with a default probability. */
public final class PipelineDialog extends Dialog {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> stages = new ArrayList<>();

    private record Row(Long id, TextField name, IntegerField probability, HorizontalLayout layout) {
    }

    public PipelineDialog(PipelineService pipelines, Pipeline edited, Consumer<Pipeline> saved) {
        setId("pipeline-dialog");
        setHeaderTitle(getTranslation(edited == null ? "upsell.pipeline.new" : "upsell.pipeline.edit"));
        TextField name = new TextField(getTranslation("upsell.pipeline.name"));
        name.setId("pipeline-name");
        name.setWidthFull();
        rows.setPadding(false);
        if (edited != null) {
            name.setValue(edited.name());
            edited.stages().forEach(stage -> addRow(stage.id(), stage.name(), stage.probability()));
        } else {
            addRow(null, "", 10);
        }
        Button add = new Button(getTranslation("upsell.pipeline.addStage"), VaadinIcon.PLUS.create(),
                click -> addRow(null, "", 50));
        add.setId("pipeline-add-stage");
        add(name, rows, add);
        Button save = new Button(getTranslation("upsell.save"), click -> {
            List<StageSpec> specs = stages.stream().map(row -> new StageSpec(row.id(), row.name().getValue(),
                    row.probability().getValue())).toList();
            Pipeline[] result = new Pipeline[1];
            // Errors about the stages have no single field: Feedback shows them in a notification.
            if (Feedback.attempt(this, Map.of("name", name), () ->
                    result[0] = pipelines.save(edited == null ? null : edited.id(), name.getValue(), specs))) {
                close();
                saved.accept(result[0]);
            }
        });
        save.setId("pipeline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("upsell.cancel"), click -> close()), save);
    }

    private void addRow(Long id, String stageName, int probability) {
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("upsell.pipeline.stageName"));
        name.setValue(stageName);
        name.addClassName("pipeline-stage-name");
        IntegerField chance = new IntegerField();
        chance.setMin(0);
        chance.setMax(100);
        chance.setValue(probability);
        chance.setSuffixComponent(new Span("%"));
        chance.setWidth("7em");
        chance.addClassName("pipeline-stage-probability");
        HorizontalLayout layout = new HorizontalLayout(name, chance);
        Row row = new Row(id, name, chance, layout);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> moveUp(row));
        up.setAriaLabel(getTranslation("upsell.pipeline.up"));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            stages.remove(row);
            rows.remove(layout);
        });
        remove.setAriaLabel(getTranslation("upsell.pipeline.remove"));
        layout.add(up, remove);
        stages.add(row);
        rows.add(layout);
    }

    private void moveUp(Row row) {
        int index = stages.indexOf(row);
        if (index > 0) {
            stages.remove(index);
            stages.add(index - 1, row);
            rows.removeAll();
            stages.forEach(one -> rows.add(one.layout()));
        }
    }
}
