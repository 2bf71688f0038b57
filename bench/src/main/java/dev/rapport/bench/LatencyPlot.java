package dev.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        double[] customers = sizes.stream().mapToDouble(SizeResults::customers).toArray();
        byOperation.forEach((operation, p95) ->
                chart.addSeries(operation, customers, p95).setMarker(SeriesMarkers.CIRCLE));
        Files.createDirectories(file.getParent());
        VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
