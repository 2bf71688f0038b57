package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.rapport.plugin.acquisition.metric.AcquisitionFigures;
import dev.rapport.plugin.acquisition.metric.CampaignRoiMetric;
import dev.rapport.plugin.acquisition.metric.ConversionRateMetric;
import dev.rapport.plugin.acquisition.metric.CostPerAcquisitionMetric;
import dev.rapport.plugin.acquisition.metric.FirstContactMetric;
import dev.rapport.plugin.acquisition.metric.NewLeadsMetric;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plugin's scorecard metrics for a period and a department (or the whole company), computed by the same
 * {@link ScorecardMetric} extensions the platform's scorecard reads, so a manager sees them before any scorecard
 * plugin is installed.
 */
final class AcquisitionFiguresPanel extends VerticalLayout {

    /** The periods one can look at, all ending today. */
    enum FiguresPeriod {
        LAST_30_DAYS, THIS_MONTH, LAST_MONTH, THIS_QUARTER, THIS_YEAR, LAST_12_MONTHS;

        /** The days of the period as of {@code today}, counted in {@code zone}; the end is exclusive. */
        ReportingPeriod of(LocalDate today, ZoneId zone) {
            LocalDate tomorrow = today.plusDays(1);
            return switch (this) {
                case LAST_30_DAYS -> new ReportingPeriod(today.minusDays(29), tomorrow, zone);
                case THIS_MONTH -> new ReportingPeriod(today.withDayOfMonth(1), tomorrow, zone);
                case LAST_MONTH -> new ReportingPeriod(today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1),
                        zone);
                case THIS_QUARTER -> new ReportingPeriod(today.with(IsoFields.DAY_OF_QUARTER, 1), tomorrow, zone);
                case THIS_YEAR -> new ReportingPeriod(today.withDayOfYear(1), tomorrow, zone);
                case LAST_12_MONTHS -> new ReportingPeriod(today.minusMonths(12).plusDays(1), tomorrow, zone);
            };
        }
    }

    /** The whole company, or one department. */
    private record Scope(Department department) {
    }

    private final PluginContext context;
    private final Formats formats;
    private final List<ScorecardMetric> metrics;
    private final Select<FiguresPeriod> period = new Select<>();
    private final Select<Scope> scope = new Select<>();
    private final Paragraph days = new Paragraph();
    private final FlexLayout values = new FlexLayout();

    AcquisitionFiguresPanel(PluginContext context, AcquisitionFigures figures, Formats formats) {
        this.context = context;
        this.formats = formats;
        this.metrics = List.of(new NewLeadsMetric(figures), new ConversionRateMetric(figures),
                new CostPerAcquisitionMetric(figures), new CampaignRoiMetric(figures), new FirstContactMetric(figures));
        setId("acquisition-figures");
        setPadding(false);
        period.setId("figures-period");
        period.setLabel(getTranslation("acquisition.figures.period"));
        period.setItems(FiguresPeriod.values());
        period.setItemLabelGenerator(LABELS.generator(this));
        period.setValue(FiguresPeriod.LAST_30_DAYS);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(null));
        context.staff().departments().forEach(department -> scopes.add(new Scope(department)));
        scope.setId("figures-department");
        scope.setLabel(getTranslation("acquisition.figures.department"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(item -> item.department() == null ? getTranslation("acquisition.figures.wholeCompany")
                : item.department().name());
        scope.setValue(scopes.getFirst());
        period.addValueChangeListener(change -> refresh());
        scope.addValueChangeListener(change -> refresh());
        days.setId("figures-days");
        values.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        values.getStyle().set("gap", "var(--lumo-space-m)");
        add(new Paragraph(getTranslation("acquisition.figures.explain")), new HorizontalLayout(period, scope), days, values);
        refresh();
    }

    private void refresh() {
        ReportingPeriod days = period.getValue().of(formats.today(context.clock().instant()), formats.zone());
        Optional<Department> department = Optional.ofNullable(scope.getValue().department());
        this.days.setText(getTranslation("acquisition.figures.days", formats.date(days.start()),
                formats.date(days.end().minusDays(1))));
        values.removeAll();
        for (ScorecardMetric metric : metrics) {
            values.add(figure(metric, metric.compute(department, days)));
        }
    }

    private Div figure(ScorecardMetric metric, Optional<BigDecimal> value) {
        Span label = new Span(getTranslation(metric.labelKey()));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span number = new Span(value.map(amount -> format(amount, metric.unit())).orElse("–"));
        number.addClassName("figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span help = new Span(getTranslation(metric.labelKey() + ".help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        Div figure = new Div(label, number, help);
        figure.setId("figure-" + metric.id());
        figure.getStyle().set("display", "flex").set("flex-direction", "column").set("width", "16em")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)");
        return figure;
    }

    /** A value in the metric's unit: a count, a percentage, days, or an amount of money in that currency. */
    private String format(BigDecimal value, String unit) {
        return switch (unit) {
            case "count" -> formats.number(value.longValue());
            case "%" -> formats.percent(value.movePointLeft(2));
            case "days" -> getTranslation("acquisition.figures.inDays", decimal(value));
            default -> formats.money(value, unit);
        };
    }

    private String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(formats.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
