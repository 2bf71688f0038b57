package dev.rapport.plugin.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.rapport.plugin.retention.letgo.Decision;
import dev.rapport.plugin.retention.letgo.Decisions;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.Map;

/** A manager's decision on one customer of the let-go list: keep, change terms or let go, with the reason. */
final class DecisionDialog extends Dialog {

    private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    DecisionDialog(Decisions decisions, StoredScore score, Runnable saved) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation("retention.decision.title"));
        Formats formats = Formats.current();
        add(new Paragraph(getTranslation("retention.decision.figures", formats.money(score.marginYear(), score.currency()),
                formats.money(score.costYear(), score.currency()))));
        decision.setId("decision-choice");
        decision.setLabel(getTranslation("retention.decision.choice"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(value -> getTranslation("retention.decision." + value.value()));
        note.setId("decision-note");
        note.setLabel(getTranslation("retention.decision.note"));
        note.setMaxLength(Decisions.NOTE_LENGTH);
        note.setWidthFull();
        add(decision, note);
        Button save = new Button(getTranslation("retention.decision.save"), click -> {
            if (decision.getValue() == Decision.LET_GO) {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("retention.decision.confirmTitle"),
                        getTranslation("retention.decision.confirmText"), getTranslation("retention.decision.letGoConfirm"),
                        event -> record(decisions, score, saved));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("retention.cancel"));
                confirm.open();
            } else {
                record(decisions, score, saved);
            }
        });
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("retention.cancel"), click -> close()), save);
    }

    private void record(Decisions decisions, StoredScore score, Runnable saved) {
        boolean done = Feedback.attempt(this, Map.of("decision", decision, "note", note),
                () -> decisions.decide(score.customerId(), decision.getValue(), note.getValue()));
        if (done) {
            Feedback.success(this, "retention.decision.saved");
            saved.run();
            close();
        }
    }
}
