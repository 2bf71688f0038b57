package dev.rapport.platform.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.figures.FigureTrend;
import dev.rapport.platform.figures.ui.TrendChart;
import dev.rapport.platform.web.Formats;
import dev.rapport.sdk.chart.Charts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/** One department's (or the company's) key figures: each a line chart of twelve months against the twelve before. */
final class DepartmentTrends extends Div {

    DepartmentTrends(String id, String name, List<FigureTrend> trends, Charts charts, Formats formats) {
        setId(id);
        addClassName("home-department-figures");
        H3 heading = new H3(name);
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.SMALL);
        Div cards = new Div();
        cards.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        for (FigureTrend trend : trends) {
            String title = getTranslation(trend.labelKey()) + (trend.isMoney() ? " (" + trend.unit() + ")" : "");
            Span totals = new Span(getTranslation("home.figures.totals", value(trend, trend.currentTotal(), formats),
                    value(trend, trend.previousTotal(), formats)));
            totals.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            HomeCardFrame card = new HomeCardFrame(id + "-" + trend.labelKey().replace('.', '-'), title, totals,
                    charts.component(TrendChart.of(trend, title, formats.locale(), this)));
            cards.add(card);
        }
        add(heading, cards);
    }

    private static String value(FigureTrend trend, BigDecimal value, Formats formats) {
        if (trend.isMoney()) {
            return formats.money(value, trend.unit());
        }
        NumberFormat format = NumberFormat.getNumberInstance(formats.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
