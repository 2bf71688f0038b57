package dev.rapport.plugin.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.retention.contract.AgreementTerm;
import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.score.ReasonWords;
import dev.rapport.plugin.retention.score.RiskBand;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.ScoringRun;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.KernelLinks;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The churn list: scored customers riskiest first (keyset-paged), filtered by risk band and to high-value customers,
 * with their value, RFM class and the reasons in words; a manager saves the high-risk customers as a segment for a
 * campaign.
 */
public final class ChurnListView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final ScoreRepository scores;
    private final ContractRepository contracts;
    /** The agreement named as a reason per customer of the pages read so far. */
    private final Map<Long, AgreementTerm> agreements = new HashMap<>();
    private final Select<RiskBand> band = new Select<>();
    private final Checkbox highValue = new Checkbox();
    private final Grid<StoredScore> grid = new Grid<>();

    public ChurnListView(PluginContext context, ScoreRepository scores, ContractRepository contracts) {
        this.context = context;
        this.scores = scores;
        this.contracts = contracts;
        setId("retention-churn");
        setSizeFull();
        Formats formats = Formats.current();
        band.setId("churn-band");
        band.setLabel(getTranslation("retention.churn.band"));
        band.setItems(RiskBand.values());
        band.setItemLabelGenerator(value -> Texts.band(this, value));
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("retention.churn.allBands"));
        highValue.setId("churn-high-value");
        highValue.setLabel(getTranslation("retention.churn.highValue"));
        band.addValueChangeListener(change -> refresh());
        highValue.addValueChangeListener(change -> refresh());

        grid.setId("churn-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(score -> Texts.link(KernelLinks.customer(score.customerId()), name(score.customerId())))
                .setHeader(getTranslation("retention.churn.customer")).setFlexGrow(2);
        grid.addColumn(score -> formats.percent(BigDecimal.valueOf(score.churnRisk()).setScale(3, RoundingMode.HALF_UP)))
                .setHeader(getTranslation("retention.churn.risk"));
        grid.addColumn(score -> Texts.band(this, score.band())).setHeader(getTranslation("retention.churn.band"));
        grid.addColumn(score -> formats.money(score.lifetimeValue(), score.currency()))
                .setHeader(getTranslation("retention.churn.value"));
        grid.addColumn(score -> Texts.rfm(this, score.rfmClass())).setHeader(getTranslation("retention.churn.rfm"));
        grid.addColumn(score -> ReasonWords.of(context.i18n(), getLocale(), score.reasons(),
                        agreements.get(score.customerId()), today())).setHeader(getTranslation("retention.churn.reasons"))
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("retention.churn.empty"));

        Button segment = new Button(getTranslation("retention.churn.segment"), VaadinIcon.USERS.create(),
                click -> saveSegment());
        segment.setId("churn-save-segment");
        segment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        segment.setVisible(context.security().hasRole(Role.MANAGER));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("retention.churn.title")), segment);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(band, highValue);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    private String name(long customerId) {
        return context.customers().find(customerId).map(CustomerInfo::displayName).orElse("#" + customerId);
    }

    private void refresh() {
        agreements.clear();
        RiskBand chosen = band.getValue();
        BigDecimal minimum = highValue.getValue() ? scores.models()
                .filter(models -> Double.isFinite(models.valueThreshold()))
                .map(models -> BigDecimal.valueOf(models.valueThreshold()).setScale(2, RoundingMode.HALF_UP))
                .orElse(null) : null;
        KeysetPager<StoredScore> pager = new KeysetPager<>((after, limit) -> withAgreements(
                scores.byRisk(after, chosen, minimum, limit)));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    /** Reads the agreements to name as reasons of a page's customers with one query, before the page is drawn. */
    private List<StoredScore> withAgreements(List<StoredScore> page) {
        agreements.putAll(contracts.notable(page.stream().map(StoredScore::customerId).toList(), today()));
        return page;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
    }

    /** Saves (or updates) the shared segment of the customers in the high-risk band and says so. */
    private void saveSegment() {
        String name = getTranslation("retention.churn.segmentName");
        SegmentFilter filter = new SegmentFilter(null, Set.of(), null, Set.of(), false, Set.of(), null, null, null,
                List.of(new FacetCondition(ScoringRun.RISK_FACET, Set.of(RiskBand.HIGH.value()))));
        long existing = context.segments().list().stream().filter(segment -> segment.name().equals(name))
                .mapToLong(segment -> segment.id()).findFirst().orElse(0);
        int version = existing == 0 ? 0 : context.segments().find(existing).map(segment -> segment.version()).orElse(0);
        Feedback.attempt(this, Map.of(), () -> {
            context.segments().save(new SegmentDefinition(existing, name, getTranslation("retention.churn.segmentDescription"),
                    true, filter, version));
            Feedback.success(this, "retention.churn.segmentSaved", name);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.churn.title");
    }
}
