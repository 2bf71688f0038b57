package dev.rapport.plugin.scorecard.export;

import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.read.KpiLine;
import dev.rapport.plugin.scorecard.read.ObjectiveLine;
import dev.rapport.plugin.scorecard.read.ScoreHistory;
import dev.rapport.plugin.scorecard.read.ScorecardReport;
import dev.rapport.plugin.scorecard.read.ValueTexts;
import dev.rapport.sdk.csv.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scorecard for one period as CSV (UTF-8 with a byte order mark, so spreadsheets read umlauts): one row per KPI
 * with its perspective, objective, value, previous value, target, share reached, light and score, then the
 * values of the trend's periods; then one row per perspective and one overall with the score of the period and of
 * each of the trend's periods (empty where there is none). Cells are neutralised against formula injection by the
 * SDK's writer.
 */
public final class ScorecardCsv {

    public void write(ScorecardReport report, ValueTexts texts, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(writer).withByteOrderMark();
            List<Object> header = new ArrayList<>(List.of(texts.text("scorecard.perspective"),
                    texts.text("scorecard.objective"), texts.text("scorecard.kpi"), texts.text("scorecard.unit"),
                    texts.text("scorecard.value"), texts.text("scorecard.previous"), texts.text("scorecard.target"),
                    texts.text("scorecard.achievement"), texts.text("scorecard.light"), texts.text("scorecard.score")));
            report.trendStarts().forEach(start -> header.add(texts.shortPeriod(report.kind(), start)));
            csv.writeRecord(header);
            for (ObjectiveLine objective : report.objectives()) {
                for (KpiLine kpi : objective.kpis()) {
                    List<Object> row = new ArrayList<>(List.of(
                            texts.text("scorecard.perspective." + objective.objective().perspective().name()),
                            objective.objective().name(), label(kpi, texts), kpi.unit(),
                            texts.reading(kpi.value(), kpi.unit()), texts.reading(kpi.previous(), kpi.unit()),
                            kpi.target().map(target -> target.toPlainString()).orElse(""),
                            kpi.achievement().map(value -> value.toPlainString()).orElse(""),
                            texts.text("scorecard.light." + kpi.light().name()),
                            kpi.score().map(value -> value.toPlainString()).orElse("")));
                    kpi.trend().forEach(value -> row.add(value == null ? "" : value));
                    csv.writeRecord(row);
                }
            }
            ScoreHistory history = report.scoreHistory();
            for (Perspective perspective : Perspective.values()) {
                csv.writeRecord(scoreRow(texts.text("scorecard.perspective." + perspective.name()),
                        report.perspectiveScores().get(perspective), history.perspectives().get(perspective), texts));
            }
            csv.writeRecord(scoreRow(texts.text("scorecard.overall"), report.overall(), history.overall(), texts));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A score's row: whose it is in the perspective column, the period's score, then its score in each period. */
    private static List<Object> scoreRow(String whose, Optional<BigDecimal> score, List<Double> history,
                                         ValueTexts texts) {
        List<Object> row = new ArrayList<>(List.of(whose, "", texts.text("scorecard.score"), "", "", "", "", "", "",
                score.map(BigDecimal::toPlainString).orElse("")));
        history.forEach(value -> row.add(value == null ? "" : value));
        return row;
    }

    /** A KPI's name: its metric's label, or its id when its plugin is not installed. */
    static String label(KpiLine kpi, ValueTexts texts) {
        return kpi.metric().map(metric -> texts.text(metric.labelKey())).orElse(kpi.kpi().metricId());
    }
}
