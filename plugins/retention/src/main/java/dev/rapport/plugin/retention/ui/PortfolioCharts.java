package dev.rapport.plugin.retention.ui;

import com.vaadin.flow.component.Component;
import dev.rapport.plugin.retention.score.Cohorts;
import dev.rapport.plugin.retention.score.Portfolio;
import dev.rapport.plugin.retention.score.ValueDistribution;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ChartType;
import dev.rapport.sdk.chart.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Retention page's value distribution and cohort retention charts from the last run's {@link Portfolio}, in the
 * language of the component that shows them. Values are percentages (0–100).
 */
final class PortfolioCharts {

    private PortfolioCharts() {
    }

    /** Each tenth of customers' share of the margin to date and of the predicted lifetime value; empty when too few. */
    static Optional<Chart> valueDistribution(Component texts, Portfolio portfolio, Locale locale) {
        if (portfolio.marginShares() == null) {
            return Optional.empty();
        }
        List<String> tenths = new ArrayList<>();
        for (int part = 0; part < ValueDistribution.PARTS; part++) {
            tenths.add(part == 0 ? texts.getTranslation("retention.overview.topTenth")
                    : texts.getTranslation("retention.overview.tenth", part * 10, part * 10 + 10));
        }
        List<ChartSeries> series = new ArrayList<>();
        series.add(ChartSeries.of(texts.getTranslation("retention.overview.marginShare"),
                percent(portfolio.marginShares())));
        if (portfolio.lifetimeValueShares() != null) {
            series.add(ChartSeries.of(texts.getTranslation("retention.overview.lifetimeShare"),
                    percent(portfolio.lifetimeValueShares())));
        }
        return Optional.of(new Chart(ChartType.BAR, texts.getTranslation("retention.overview.distribution"), tenths,
                series, ValueFormat.percent(locale)));
    }

    /** One line per cohort with customers: the share who bought in each complete quarter after their first. */
    static Optional<Chart> cohortRetention(Component texts, Portfolio portfolio, Locale locale) {
        Cohorts.Table table = portfolio.cohorts();
        List<String> quarters = new ArrayList<>();
        for (int k = 0; k < table.sizes().length; k++) {
            quarters.add(k == 0 ? texts.getTranslation("retention.overview.firstQuarter")
                    : texts.getTranslation("retention.overview.laterQuarter", k));
        }
        List<ChartSeries> series = new ArrayList<>();
        for (int c = 0; c < table.sizes().length; c++) {
            if (table.sizes()[c] == 0) {
                continue;
            }
            int quarter = table.firstQuarter() + c;
            List<Double> shares = new ArrayList<>();
            for (int k = 0; k < quarters.size(); k++) {
                Double share = table.share(c, k);
                shares.add(share == null ? null : share * 100);
            }
            series.add(new ChartSeries(texts.getTranslation("retention.overview.cohort", quarter / 4, quarter % 4 + 1,
                    table.sizes()[c]), shares));
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chart(ChartType.LINE, texts.getTranslation("retention.overview.cohorts"), quarters,
                series, ValueFormat.percent(locale)));
    }

    private static double[] percent(double[] shares) {
        double[] values = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            values[i] = shares[i] * 100;
        }
        return values;
    }
}
