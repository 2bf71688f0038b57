package dev.rapport.plugin.upsell.ui.opportunity;

import static dev.rapport.plugin.upsell.ui.Labels.LABELS;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.plugin.upsell.opportunity.HistoryEntry;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.Stage;
import dev.rapport.plugin.upsell.ui.board.CloseDialog;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.Map;

/** One opportunity: its figures, its stage (to change), Won and Lost, and its audited history. */
public final class OpportunityDialog extends Dialog {

    public OpportunityDialog(PluginContext context, PipelineService pipelines, OpportunityService opportunities,
                             Opportunity shown, Runnable changed) {
        setId("opportunity-dialog");
        setWidth("40em");
        Opportunity opportunity = opportunities.require(shown.id());
        Formats formats = Formats.current();
        setHeaderTitle(opportunity.title());
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(context.customers().find(opportunity.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + opportunity.customerId())), getTranslation("upsell.opportunity.customer"));
        facts.addFormItem(new Span(formats.money(opportunity.amount(), opportunity.currency())),
                getTranslation("upsell.opportunity.amount"));
        facts.addFormItem(new Span(formats.date(opportunity.expectedClose())), getTranslation("upsell.opportunity.expectedClose"));
        facts.addFormItem(new Span(context.staff().user(opportunity.ownerId()).map(UserInfo::displayName).orElse("")),
                getTranslation("upsell.opportunity.owner"));
        facts.addFormItem(LABELS.badge(this, opportunity.status(), opportunity.status() == OpportunityStatus.WON ? "success"
                : opportunity.status() == OpportunityStatus.LOST ? "error" : ""), getTranslation("upsell.opportunity.status"));
        if (opportunity.reason() != null) {
            facts.addFormItem(new Span(opportunity.reason()), getTranslation("upsell.opportunity.reason"));
        }
        add(facts);

        boolean open = opportunity.status() == OpportunityStatus.OPEN && context.security().hasRole(Role.AGENT);
        Select<Stage> stage = new Select<>();
        stage.setId("opportunity-stage");
        stage.setLabel(getTranslation("upsell.opportunity.stage"));
        stage.setItems(pipelines.require(opportunity.pipelineId()).stages());
        stage.setItemLabelGenerator(one -> one.name() + " (" + one.probability() + " %)");
        pipelines.require(opportunity.pipelineId()).stages().stream().filter(one -> one.id() == opportunity.stageId())
                .findFirst().ifPresent(stage::setValue);
        stage.setReadOnly(!open);
        stage.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && Feedback.attempt(this, Map.of("stage", stage),
                    () -> opportunities.moveToStage(opportunity.id(), opportunity.version(), change.getValue().id()))) {
                Feedback.success(this, "upsell.board.moved", opportunity.title());
                close();
                changed.run();
            }
        });
        add(stage);

        Grid<HistoryEntry> history = new Grid<>();
        history.setId("opportunity-history");
        history.addColumn(entry -> formats.dateTime(entry.at())).setHeader(getTranslation("upsell.history.when"));
        history.addColumn(HistoryEntry::actor).setHeader(getTranslation("upsell.history.who"));
        history.addColumn(entry -> getTranslation("upsell.history.kind." + entry.kind())).setHeader(getTranslation("upsell.history.what"));
        history.addColumn(entry -> (entry.from() == null ? "" : entry.from() + " → ") + (entry.to() == null ? "" : entry.to()))
                .setHeader(getTranslation("upsell.history.change")).setFlexGrow(2);
        history.setItems(opportunities.history(opportunity.id()));
        history.setAllRowsVisible(true);
        add(history);

        Button won = new Button(getTranslation("upsell.close.markWon"), click -> {
            close();
            new CloseDialog(opportunities, opportunity, true, changed).open();
        });
        won.setId("opportunity-won");
        won.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button lost = new Button(getTranslation("upsell.close.markLost"), click -> {
            close();
            new CloseDialog(opportunities, opportunity, false, changed).open();
        });
        lost.setId("opportunity-lost");
        lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean mayClose = open && context.security().hasPermission(UpsellPermissions.CLOSE_OPPORTUNITY);
        won.setVisible(mayClose);
        lost.setVisible(mayClose);
        getFooter().add(new Button(getTranslation("upsell.close"), click -> close()), lost, won);
    }
}
