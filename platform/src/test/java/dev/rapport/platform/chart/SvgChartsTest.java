package dev.rapport.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ValueFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    private final SvgCharts charts = new SvgCharts(new BundleI18NProvider());
    private final ValueFormat count = ValueFormat.count(Locale.ENGLISH);

    @Test
    void axisShowsRoundTicksFormattedAsTheValues() {
        String svg = charts.svg(Chart.bar("Revenue", List.of("Jan", "Feb"), ValueFormat.money("EUR", Locale.ENGLISH),
                ChartSeries.of("2026", 1200, 3700)));

        assertThat(texts(svg, "tick")).containsExactly("€0", "€1,000", "€2,000", "€3,000", "€4,000");
        assertThat(svg).contains("<title>Feb: €3,700.00</title>");
    }

    @Test
    void everyTextIsEscaped() {
        String svg = charts.svg(Chart.bar("Leads <script>alert('x')</script>", List.of("A & B", "\"quoted\""), count,
                ChartSeries.of("Tom & Jerry", 1, 2), ChartSeries.of("<b>", 3, 4)));

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>")
                .contains("<title>Leads &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</title>")
                .contains("A &amp; B").contains("&quot;quoted&quot;").contains("Tom &amp; Jerry").contains("&lt;b&gt;");
    }

    @Test
    void emptyDataSaysSoInsteadOfDrawingAnAxis() {
        String noCategories = charts.svg(Chart.line("Trend", List.of(), count, new ChartSeries("This year", List.of())));
        String onlyUnknown = charts.svg(Chart.bar("Trend", List.of("Jan"), count,
                new ChartSeries("This year", Arrays.asList((Double) null))));
        String pieOfZeros = charts.svg(Chart.pie("Share", List.of("A", "B"), count, ChartSeries.of("Share", 0, 0)));

        for (String svg : List.of(noCategories, onlyUnknown, pieOfZeros)) {
            assertThat(svg).contains("No data to show").doesNotContain("class=\"tick\"").doesNotContain("class=\"bar\"");
        }
    }

    @Test
    void negativeBarsHangFromTheZeroLine() {
        String svg = charts.svg(Chart.bar("Net", List.of("Q1", "Q2"), count, ChartSeries.of("Net", 300, -150)));

        List<double[]> bars = rects(svg, "bar");
        double zero = bars.get(0)[1] + bars.get(0)[3];
        assertThat(bars.get(1)[1]).as("the negative bar starts at zero").isEqualTo(zero);
        assertThat(bars.get(1)[3]).as("and is half as long as the positive one").isCloseTo(bars.get(0)[3] / 2, within());
        assertThat(texts(svg, "tick")).contains("-200", "0", "300");
    }

    @Test
    void stackedBarsAddUpPerCategory() {
        String svg = charts.svg(Chart.stackedBar("Leads", List.of("Jan"), count, ChartSeries.of("Web", 30),
                ChartSeries.of("Fair", 20)));

        List<double[]> bars = rects(svg, "bar");
        assertThat(bars.get(1)[1] + bars.get(1)[3]).as("the second sits on the first").isCloseTo(bars.get(0)[1], within());
        assertThat(texts(svg, "tick")).last().isEqualTo("50");
    }

    @Test
    void oneSeriesHasNoLegendSeveralHaveOneEntryEach() {
        String one = charts.svg(Chart.line("Trend", List.of("Jan", "Feb"), count, ChartSeries.of("Only", 1, 2)));
        String two = charts.svg(Chart.line("Trend", List.of("Jan", "Feb"), count, ChartSeries.of("This year", 1, 2),
                ChartSeries.of("Last year", 2, 1)));

        assertThat(one).doesNotContain("legend-item").contains("<title>Feb: 2</title>");
        assertThat(texts(two, "legend-label")).containsExactly("This year", "Last year");
        assertThat(two).contains("<title>Feb – Last year: 1</title>");
        assertThat(count(two, "class=\"line\"")).isEqualTo(2);
    }

    @Test
    void aMissingValueBreaksTheLine() {
        String svg = charts.svg(Chart.line("Trend", List.of("Jan", "Feb", "Mar"), count,
                new ChartSeries("Sales", Arrays.asList(1.0, null, 3.0))));

        Matcher path = Pattern.compile("class=\"line\" d=\"([^\"]*)\"").matcher(svg);
        assertThat(path.find()).isTrue();
        assertThat(path.group(1)).startsWith("M").contains(" M").doesNotContain("L");
        assertThat(count(svg, "class=\"point\"")).isEqualTo(2);
    }

    @Test
    void shortLabelsStayStraightLongOnesAreWrappedOrSlantedButNeverCut() {
        String shortLabels = charts.svg(Chart.bar("A", List.of("Jan", "Feb"), count, ChartSeries.of("S", 1, 2)));
        String wrapped = charts.svg(Chart.bar("A", List.of("Qualified by phone", "Lost"), count, ChartSeries.of("S", 1, 2)));
        List<String> longNames = List.of("Spring fair in the exhibition centre of Frankfurt am Main", "B", "C", "D",
                "E", "F", "G", "H", "I", "J", "K", "L");
        String slanted = charts.svg(Chart.bar("A", longNames, count,
                ChartSeries.of("S", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));

        assertThat(shortLabels).doesNotContain("rotate(");
        assertThat(wrapped).doesNotContain("rotate(").contains(">Qualified by phone<");
        assertThat(slanted).contains("rotate(-45");
        String all = String.join(" ", texts(slanted, "category"));
        assertThat(all).contains("Spring fair in the exhibition", "centre of Frankfurt am Main");
    }

    @Test
    void pieSlicesShowTheirShare() {
        String svg = charts.svg(Chart.pie("Responses", List.of("Yes", "No", "Unknown"), count,
                ChartSeries.of("Responses", 3, 1, -2)));

        assertThat(count(svg, "class=\"slice\"")).isEqualTo(2);
        assertThat(svg).contains("<title>Yes: 3 (75.0 %)</title>").contains("<title>No: 1 (25.0 %)</title>")
                .doesNotContain("Unknown: ");
    }

    @Test
    void theComponentCarriesTheValuesAsATableForScreenReaders() {
        Component component = charts.component(Chart.bar("Leads", List.of("Jan", "Feb"), count,
                ChartSeries.of("This year", 5, 7), ChartSeries.of("Last year", 4, 9)));

        NativeTable table = (NativeTable) component.getChildren().filter(NativeTable.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(table.getClassNames()).contains("sr-only");
        assertThat(table.getElement().getTextRecursively()).contains("Leads", "This year", "Last year", "Jan", "5", "9");
    }

    @Test
    void germanReadersGetGermanNumbersAndTexts() {
        ValueFormat euros = ValueFormat.money("EUR", Locale.GERMANY);
        String svg = charts.svg(Chart.bar("Umsatz", List.of("Jan"), euros, ChartSeries.of("2026", 1234.5)));
        String empty = charts.svg(Chart.bar("Umsatz", List.of(), euros));

        assertThat(svg).contains("1.234,50");
        assertThat(empty).contains("Keine Daten vorhanden");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.2);
    }

    private static List<String> texts(String svg, String cssClass) {
        Matcher matcher = Pattern.compile("<text class=\"" + cssClass + "\"[^>]*>(.*?)</text>").matcher(svg);
        List<String> texts = new java.util.ArrayList<>();
        while (matcher.find()) {
            texts.add(matcher.group(1).replaceAll("<tspan[^>]*>", "").replace("</tspan>", " ").strip());
        }
        return texts;
    }

    private static List<double[]> rects(String svg, String cssClass) {
        Matcher matcher = Pattern.compile("<rect class=\"" + cssClass
                + "\" x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" width=\"([-\\d.]+)\" height=\"([-\\d.]+)\"").matcher(svg);
        List<double[]> rects = new java.util.ArrayList<>();
        while (matcher.find()) {
            rects.add(new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4))});
        }
        return rects;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
