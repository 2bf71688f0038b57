package dev.rapport.plugin.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.retention.model.RfmClass;
import dev.rapport.plugin.retention.score.Models;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.ScoringJob;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ValueFormat;
import dev.rapport.sdk.job.JobRunProgress;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The retention overview: the RFM classes' sizes and how customers moved between them over the last half year, how
 * value is spread over the customers and the cohorts' retention, the lifetime-value model's error on the hold-out half
 * year beside the naive baseline's, and the churn model's area
 * under the ROC curve and lift. A manager scores all customers now, with progress and a cancel button.
 */
public final class RetentionView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final ScoreRepository scores;
    private final Div content = new Div();
    private final Div progress = new Div();

    public RetentionView(PluginContext context, ScoreRepository scores) {
        this.context = context;
        this.scores = scores;
        setId("retention-overview");
        Button score = new Button(getTranslation("retention.overview.scoreNow"), VaadinIcon.REFRESH.create(),
                click -> scoreNow());
        score.setId("retention-score-now");
        score.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        score.setVisible(context.security().hasRole(Role.MANAGER));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("retention.overview.title")), score);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setWidthFull();
        add(header, progress, content);
        show();
    }

    private void scoreNow() {
        Feedback.attempt(this, Map.of(), () -> {
            long runId;
            try {
                runId = context.jobs().start(ScoringJob.ID);
            } catch (IllegalStateException running) {
                Feedback.error(this, getTranslation("retention.overview.alreadyRunning"));
                return;
            }
            JobRunProgress bar = new JobRunProgress(context.jobs(), runId).onFinished(info -> {
                progress.removeAll();
                show();
            });
            progress.removeAll();
            progress.add(bar);
        });
    }

    private void show() {
        content.removeAll();
        Formats formats = Formats.current();
        Models models = scores.models().orElse(null);
        if (models == null) {
            Paragraph none = new Paragraph(getTranslation("retention.overview.noRun"));
            none.setId("retention-no-run");
            content.add(none);
            return;
        }
        scores.modelsTrainedAt().ifPresent(at -> content.add(new Paragraph(getTranslation("retention.overview.lastRun",
                formats.dateTime(at)))));
        content.add(new H3(getTranslation("retention.overview.segments")), classCharts(formats));
        content.add(new H3(getTranslation("retention.overview.value")), portfolioCharts(formats),
                valueFigures(models, formats));
        content.add(new H3(getTranslation("retention.overview.churn")), churnFigures(models, formats));
    }

    private Div classCharts(Formats formats) {
        List<RfmClass> classes = Arrays.asList(RfmClass.values());
        List<String> names = classes.stream().map(value -> Texts.rfm(this, value)).toList();
        Map<String, Map<String, Integer>> moves = new HashMap<>();
        for (ScoreRepository.Move move : scores.migration()) {
            moves.computeIfAbsent(move.fromClass(), key -> new HashMap<>()).put(move.toClass(), move.customers());
        }
        double[] sizes = new double[classes.size()];
        List<ChartSeries> series = new ArrayList<>();
        for (RfmClass from : classes) {
            Map<String, Integer> to = moves.getOrDefault(from.value(), Map.of());
            if (to.isEmpty()) {
                continue;
            }
            double[] values = new double[classes.size()];
            for (int i = 0; i < classes.size(); i++) {
                values[i] = to.getOrDefault(classes.get(i).value(), 0);
                sizes[i] += values[i];
            }
            series.add(ChartSeries.of(getTranslation("retention.overview.from", Texts.rfm(this, from)), values));
        }
        Div charts = new Div();
        charts.setId("retention-class-charts");
        charts.add(context.charts().component(Chart.bar(getTranslation("retention.overview.sizes"), names,
                ValueFormat.count(formats.locale()), ChartSeries.of(getTranslation("retention.overview.customers"), sizes))));
        if (!series.isEmpty()) {
            charts.add(context.charts().component(new Chart(dev.rapport.sdk.chart.ChartType.STACKED_BAR,
                    getTranslation("retention.overview.migration"), names, series, ValueFormat.count(formats.locale()))));
        }
        return charts;
    }

    private Div portfolioCharts(Formats formats) {
        Div charts = new Div();
        charts.setId("retention-portfolio-charts");
        scores.portfolio().ifPresent(portfolio -> {
            Optional<Chart> distribution = PortfolioCharts.valueDistribution(this, portfolio, formats.locale());
            distribution.ifPresentOrElse(chart -> {
                Paragraph summary = new Paragraph(getTranslation("retention.overview.distributionSummary",
                        portfolio.customers(), chart.format().format(chart.series().getFirst().values().getFirst())));
                summary.setId("retention-distribution-summary");
                charts.add(summary, context.charts().component(chart));
            }, () -> charts.add(new Paragraph(getTranslation("retention.overview.distributionNone"))));
            PortfolioCharts.cohortRetention(this, portfolio, formats.locale()).ifPresentOrElse(
                    chart -> charts.add(context.charts().component(chart)),
                    () -> charts.add(new Paragraph(getTranslation("retention.overview.cohortsNone"))));
        });
        return charts;
    }

    private Div valueFigures(Models models, Formats formats) {
        Div figures = new Div();
        figures.setId("retention-value-figures");
        if (models.purchases() == null || Double.isNaN(models.valueError())) {
            figures.add(new Paragraph(getTranslation("retention.overview.valueNotEnough")));
            return figures;
        }
        figures.add(new Paragraph(getTranslation("retention.overview.valueModel")));
        figures.add(new Paragraph(getTranslation("retention.overview.valueError",
                formats.money(BigDecimal.valueOf(models.valueError()), models.currency()),
                formats.money(BigDecimal.valueOf(models.baselineError()), models.currency()),
                formats.number(models.validated()))));
        figures.add(context.charts().component(Chart.bar(getTranslation("retention.overview.errorChart"),
                List.of(getTranslation("retention.overview.model"), getTranslation("retention.overview.baseline")),
                ValueFormat.money(models.currency(), formats.locale()),
                ChartSeries.of(getTranslation("retention.overview.meanError"), models.valueError(), models.baselineError()))));
        return figures;
    }

    private Div churnFigures(Models models, Formats formats) {
        Div figures = new Div();
        figures.setId("retention-churn-figures");
        if (models.churn() == null) {
            figures.add(new Paragraph(getTranslation("retention.overview.churnNotEnough")));
            return figures;
        }
        Paragraph auc = new Paragraph(getTranslation("retention.overview.auc",
                String.format(formats.locale(), "%.3f", models.auc()), models.seed()));
        auc.setId("retention-auc");
        figures.add(auc);
        if (Double.isFinite(models.baselineAuc())) {
            Paragraph baseline = new Paragraph(getTranslation("retention.overview.baselineAuc",
                    String.format(formats.locale(), "%.3f", models.baselineAuc())));
            baseline.setId("retention-baseline-auc");
            figures.add(baseline);
        }
        List<String> deciles = new ArrayList<>();
        for (int i = 1; i <= models.lift().length; i++) {
            deciles.add(getTranslation("retention.overview.decile", i));
        }
        List<ChartSeries> lift = new ArrayList<>();
        lift.add(ChartSeries.of(getTranslation("retention.overview.liftSeries"), models.lift()));
        if (models.baselineLift().length == models.lift().length) {
            lift.add(ChartSeries.of(getTranslation("retention.overview.baselineLiftSeries"), models.baselineLift()));
        }
        figures.add(context.charts().component(new Chart(dev.rapport.sdk.chart.ChartType.BAR,
                getTranslation("retention.overview.lift"), deciles, lift, ValueFormat.unit("×", formats.locale()))));
        return figures;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.overview.title");
    }
}
