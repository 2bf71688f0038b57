package dev.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The p95 latency of each operation against the number of customers, on logarithmic axes, as SVG (XChart). */
final class LatencyPlot {

    private LatencyPlot() {
    }

    static void write(List<SizeResults> sizes, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(720)
                .title("Rapport CRM: p95 latency through the services against data size")
                .xAxisTitle("customers").yAxisTitle("p95 latency (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true)
                .setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Vertical)
                .setMarkerSize(7)
                .setDecimalPattern("#,##0.##");
        Map<String, double[]> byOperation = new LinkedHashMap<>();
        for (int i = 0; i < sizes.size(); i++) {
            for (LatencyResult result : sizes.get(i).latencies()) {
                byOperation.computeIfAbsent(result.operation(), name -> new double[sizes.size()])[i] = result.service().p95();
            }
        }
        // Whole decades at both ends: a logarithmic axis labels only powers of ten, and data within one decade
        // would show a single label.
        DoubleSummaryStatistics range = byOperation.values().stream().flatMapToDouble(Arrays::stream)
                .filter(p95 -> p95 > 0).summaryStatistics();
        if (range.getCount() > 0) {
            chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(range.getMin()))))
                    .setYAxisMax(Math.pow(10, Math.ceil(Math.log10(range.getMax()))));
        }
        double[] customers = sizes.stream().mapToDouble(SizeResults::customers).toArray();
        byOperation.forEach((operation, p95) ->
                chart.addSeries(operation, customers, p95).setMarker(SeriesMarkers.CIRCLE));
        Files.createDirectories(file.getParent());
        VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
