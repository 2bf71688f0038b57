package dev.rapport.plugin.upsell.ui.rule;

import static dev.rapport.plugin.upsell.ui.Labels.LABELS;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.plugin.upsell.offer.MiningJob;
import dev.rapport.plugin.upsell.offer.OfferService;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.RuleStats;
import dev.rapport.plugin.upsell.trigger.RuleTester;
import dev.rapport.plugin.upsell.trigger.TriggerRule;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.JobRunProgress;
import dev.rapport.sdk.ui.Formats;
import java.util.Map;

/**
 * The trigger rules with what each achieved (firings, conversions to a won opportunity, revenue in the reporting
 * currency); managers create and edit them, test them over the last 30 days, and start the offers' mining run.
 */
public final class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final RuleService rules;
    private final Grid<TriggerRule> grid = new Grid<>();
    private Map<Long, RuleStats> stats = Map.of();

    public RulesView(PluginContext context, RuleService rules, RuleTester tester, PipelineService pipelines,
                     OfferService offers) {
        this.rules = rules;
        setId("upsell-rules");
        setSizeFull();
        Formats formats = Formats.current();
        String currency = context.money().reportingCurrency();
        boolean manager = context.security().hasPermission(UpsellPermissions.MANAGE_RULES);
        grid.setId("rules-grid");
        grid.addColumn(TriggerRule::name).setHeader(getTranslation("upsell.rule.name")).setFlexGrow(3);
        grid.addComponentColumn(rule -> {
            Span badge = new Span(getTranslation(rule.active() ? "upsell.rule.active" : "upsell.rule.inactive"));
            badge.getElement().getThemeList().add(rule.active() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("upsell.rule.state"));
        grid.addColumn(rule -> LABELS.of(this, rule.action())).setHeader(getTranslation("upsell.rule.action"));
        grid.addColumn(rule -> stats(rule).firings()).setHeader(getTranslation("upsell.rule.firings"));
        grid.addColumn(rule -> stats(rule).conversions()).setHeader(getTranslation("upsell.rule.conversions"));
        grid.addColumn(rule -> formats.money(stats(rule).revenue(), currency)).setHeader(getTranslation("upsell.rule.revenue"));
        grid.setEmptyStateText(getTranslation("upsell.rule.none"));
        if (manager) {
            grid.addItemClickListener(click -> new RuleDialog(context, rules, tester, pipelines, click.getItem(),
                    this::refresh).open());
        }
        Button create = new Button(getTranslation("upsell.rule.new"), VaadinIcon.PLUS.create(), click ->
                new RuleDialog(context, rules, tester, pipelines, null, this::refresh).open());
        create.setId("rules-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(manager);
        HorizontalLayout mining = new HorizontalLayout();
        mining.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span lastRun = new Span(offers.lastRun().map(run -> getTranslation("upsell.mining.last", run.customers(),
                run.rules())).orElse(getTranslation("upsell.mining.never")));
        lastRun.setId("mining-last");
        Button mine = new Button(getTranslation("upsell.mining.now"), VaadinIcon.COGS.create());
        mine.setId("mining-now");
        mine.setVisible(manager);
        mine.addClickListener(click -> {
            long runId = context.jobs().start(MiningJob.ID);
            mine.setEnabled(false);
            mining.add(new JobRunProgress(context.jobs(), runId).onFinished(run -> {
                mine.setEnabled(true);
                lastRun.setText(offers.lastRun().map(last -> getTranslation("upsell.mining.last", last.customers(),
                        last.rules())).orElse(getTranslation("upsell.mining.never")));
            }));
        });
        mining.add(lastRun, mine);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("upsell.rules.title")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, grid, mining);
        expand(grid);
        refresh();
    }

    private RuleStats stats(TriggerRule rule) {
        return stats.getOrDefault(rule.id(), RuleStats.NONE);
    }

    private void refresh() {
        stats = rules.stats();
        grid.setItems(rules.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upsell.rules.title");
    }
}
