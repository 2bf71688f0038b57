package dev.rapport.platform.figures.ui;

import com.vaadin.flow.component.Component;
import dev.rapport.platform.figures.FigureTrend;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ValueFormat;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A figure's trend as a line chart: the last twelve months against the twelve before, in the figure's unit. */
public final class TrendChart {

    private TrendChart() {
    }

    /** The chart of {@code trend}, titled {@code title}, in {@code locale}, with texts from {@code context}'s translations. */
    public static Chart of(FigureTrend trend, String title, Locale locale, Component context) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", locale);
        List<String> months = trend.months().stream().map(month::format).toList();
        return Chart.line(title, months, format(trend.unit(), locale, context),
                new ChartSeries(context.getTranslation("figures.trend.current"), doubles(trend.current())),
                new ChartSeries(context.getTranslation("figures.trend.previous"), doubles(trend.previous())));
    }

    static ValueFormat format(String unit, Locale locale, Component context) {
        if (unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase)) {
            return ValueFormat.money(unit, locale);
        }
        return switch (unit) {
            case "count" -> ValueFormat.count(locale);
            case "%" -> ValueFormat.percent(locale);
            case "days" -> ValueFormat.unit(context.getTranslation("figures.trend.days"), locale);
            default -> new ValueFormat(ValueFormat.Kind.UNIT, unit, locale, 2);
        };
    }

    private static List<Double> doubles(List<BigDecimal> values) {
        return values.stream().map(value -> value == null ? null : value.doubleValue()).toList();
    }
}
