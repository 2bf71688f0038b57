package dev.rapport.plugin.retention.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.retention.letgo.Decisions;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.plugin.retention.signal.SignalRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.KernelLinks;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.ui.Formats;

/**
 * The customers to let go, for managers to review: those whose cost to serve in the last year exceeds the margin they
 * brought in it, the largest excess first (keyset-paged), with the numbers and the latest decision. Nothing happens
 * automatically; a manager records keep, change terms or let go with a reason. Without cost to serve (no service
 * plugin reporting it) the page says so instead of listing everyone at zero.
 */
public final class LetGoView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<StoredScore> grid = new Grid<>();

    public LetGoView(PluginContext context, ScoreRepository scores, SignalRepository signals, Decisions decisions) {
        setId("retention-let-go");
        setSizeFull();
        add(new H2(getTranslation("retention.letGo.title")));
        if (!signals.costKnown()) {
            Paragraph missing = new Paragraph(getTranslation("retention.cost.notAvailable"));
            missing.setId("let-go-no-cost");
            add(missing);
            return;
        }
        add(new Paragraph(getTranslation("retention.letGo.intro")));
        Formats formats = Formats.current();
        grid.setId("let-go-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(score -> Texts.link(KernelLinks.customer(score.customerId()),
                        context.customers().find(score.customerId()).map(CustomerInfo::displayName)
                                .orElse("#" + score.customerId())))
                .setHeader(getTranslation("retention.letGo.customer")).setFlexGrow(2);
        grid.addColumn(score -> formats.money(score.marginYear(), score.currency()))
                .setHeader(getTranslation("retention.letGo.margin"));
        grid.addColumn(score -> formats.money(score.costYear(), score.currency()))
                .setHeader(getTranslation("retention.letGo.cost"));
        grid.addColumn(score -> formats.money(score.costExcess(), score.currency()))
                .setHeader(getTranslation("retention.letGo.excess"));
        grid.addColumn(score -> decisions.latest(score.customerId()).map(decision -> getTranslation(
                "retention.decision." + decision.decision().value()) + " (" + formats.dateTime(decision.decidedAt()) + ")")
                .orElse("")).setHeader(getTranslation("retention.letGo.decision")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("retention.letGo.empty"));
        if (context.security().hasRole(Role.MANAGER)) {
            grid.addItemClickListener(click -> new DecisionDialog(decisions, click.getItem(), () -> grid.getDataProvider()
                    .refreshAll()).open());
        }
        KeysetPager<StoredScore> pager = new KeysetPager<>(scores::costlierThanMargin);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.letGo.title");
    }
}
