package dev.rapport.plugin.scorecard.export;

import dev.rapport.plugin.scorecard.model.Light;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.read.KpiLine;
import dev.rapport.plugin.scorecard.read.ObjectiveLine;
import dev.rapport.plugin.scorecard.read.ScoreHistory;
import dev.rapport.plugin.scorecard.read.ScorecardReport;
import dev.rapport.plugin.scorecard.read.ValueTexts;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A scorecard for one period as an A4 PDF (Apache PDFBox): title, overall and perspective scores, each perspective's
 * score beside the overall score over the last periods (gaps where there is none), then per KPI its light, value,
 * target and previous value beside a trend line over the last periods; charts drawn as vector paths. Text
 * uses the standard Helvetica, so characters outside its Latin-1 set are written as "?".
 */
public final class ScorecardPdf {

    private static final float MARGIN = 40;
    private static final float ROW = 34;
    private static final float CHART_WIDTH = 110;
    private static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
    private static final Color AMBER = new Color(0xF9, 0xA8, 0x25);
    private static final Color RED = new Color(0xC6, 0x28, 0x28);
    private static final Color GREY = new Color(0x9E, 0x9E, 0x9E);
    private static final Color LINE = new Color(0x15, 0x65, 0xC0);
    private static final float SCORE_CHART_HEIGHT = 70;
    private static final float SCORE_CHART_GAP = 24;

    public void write(ScorecardReport report, ValueTexts texts, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            new Writer(document, texts).write(report);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out one document, page after page. */
    private static final class Writer {
        private final PDDocument document;
        private final ValueTexts texts;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document, ValueTexts texts) {
            this.document = document;
            this.texts = texts;
        }

        void write(ScorecardReport report) throws IOException {
            newPage();
            text(bold, 16, MARGIN, report.scorecard().name());
            y -= 20;
            text(regular, 10, MARGIN, report.departmentName() + " · " + texts.period(report.kind(), report.start()));
            y -= 16;
            text(bold, 11, MARGIN, texts.text("scorecard.overall") + ": " + texts.score(report.overall()));
            y -= 14;
            StringBuilder perspectives = new StringBuilder();
            for (Perspective perspective : Perspective.values()) {
                perspectives.append(texts.text("scorecard.perspective." + perspective.name())).append(' ')
                        .append(texts.score(report.perspectiveScores().get(perspective))).append("   ");
            }
            text(regular, 9, MARGIN, perspectives.toString().trim());
            y -= 22;
            scoreTrends(report);
            for (ObjectiveLine objective : report.objectives()) {
                ensure(ROW + 16);
                text(bold, 10, MARGIN, texts.text("scorecard.perspective." + objective.objective().perspective().name())
                        + " – " + objective.objective().name() + " (" + texts.text("scorecard.score") + " "
                        + texts.score(objective.score()) + ")");
                y -= 16;
                for (KpiLine kpi : objective.kpis()) {
                    ensure(ROW);
                    kpiRow(kpi);
                    y -= ROW;
                }
                y -= 6;
            }
            page.close();
        }

        /** Per perspective its score and the overall score over the trend's periods, two charts a row. */
        private void scoreTrends(ScorecardReport report) throws IOException {
            text(bold, 10, MARGIN, texts.text("scorecard.scoreTrends"));
            y -= 16;
            ScoreHistory history = report.scoreHistory();
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN - SCORE_CHART_GAP) / 2;
            String first = texts.shortPeriod(report.kind(), report.trendStarts().get(0));
            String last = texts.shortPeriod(report.kind(), report.start());
            Perspective[] perspectives = Perspective.values();
            for (int i = 0; i < perspectives.length; i++) {
                float left = MARGIN + (i % 2) * (width + SCORE_CHART_GAP);
                String name = texts.text("scorecard.perspective." + perspectives[i].name());
                text(bold, 9, left, name);
                float bottom = y - SCORE_CHART_HEIGHT - 14;
                page.setStrokingColor(GREY);
                page.setLineWidth(0.4f);
                for (int score = 0; score <= 100; score += 50) {
                    float at = bottom + score / 100f * SCORE_CHART_HEIGHT;
                    page.moveTo(left + 16, at);
                    page.lineTo(left + width, at);
                    page.stroke();
                    text(regular, 6, left, at + 3, String.valueOf(score));
                }
                line(history.overall(), left + 16, bottom, width - 16, SCORE_CHART_HEIGHT, 0, 100, GREY);
                line(history.perspectives().get(perspectives[i]), left + 16, bottom, width - 16, SCORE_CHART_HEIGHT,
                        0, 100, LINE);
                text(regular, 6, left + 16, bottom - 2, first);
                text(regular, 6, left + width - regular.getStringWidth(encodable(regular, last)) / 1000 * 6, bottom - 2,
                        last);
                page.setNonStrokingColor(LINE);
                text(regular, 7, left + width / 3, bottom - 10, name);
                page.setNonStrokingColor(GREY);
                text(regular, 7, left + 2 * width / 3, bottom - 10, texts.text("scorecard.overall"));
                page.setNonStrokingColor(Color.BLACK);
                if (i % 2 == 1) {
                    y = bottom - 26;
                }
            }
            y -= 6;
        }

        private void kpiRow(KpiLine kpi) throws IOException {
            page.setNonStrokingColor(color(kpi.light()));
            page.addRect(MARGIN, y - 8, 8, 8);
            page.fill();
            page.setNonStrokingColor(Color.BLACK);
            text(regular, 9, MARGIN + 14, ScorecardCsv.label(kpi, texts));
            text(regular, 8, MARGIN + 14, y - 11, texts.text("scorecard.value") + " "
                    + texts.reading(kpi.value(), kpi.unit()) + "   " + texts.text("scorecard.target") + " "
                    + texts.value(kpi.target(), kpi.unit()) + "   " + texts.text("scorecard.previous") + " "
                    + texts.reading(kpi.previous(), kpi.unit()));
            trend(kpi.trend(), PDRectangle.A4.getWidth() - MARGIN - CHART_WIDTH, y - ROW + 10);
        }

        /** A KPI's trend: a line over the non-empty values, scaled to its own range, above a base line. */
        private void trend(List<Double> values, float left, float bottom) throws IOException {
            double min = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(0);
            double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
            page.setStrokingColor(GREY);
            page.setLineWidth(0.4f);
            page.moveTo(left, bottom);
            page.lineTo(left + CHART_WIDTH, bottom);
            page.stroke();
            line(values, left, bottom, CHART_WIDTH, ROW - 14, min, max, LINE);
        }

        /**
         * A line over the non-empty values between {@code min} (at the bottom) and {@code max} (at the top; a flat
         * line in the middle when they are equal), broken where a value is missing, with a dot on the last one.
         */
        private void line(List<Double> values, float left, float bottom, float width, float height, double min,
                          double max, Color colour) throws IOException {
            page.setStrokingColor(colour);
            page.setLineWidth(1.2f);
            boolean drawing = false;
            float step = width / Math.max(1, values.size() - 1);
            float lastX = 0;
            float lastY = 0;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    drawing = false;
                    continue;
                }
                float x = left + i * step;
                float yValue = bottom + (max == min ? height / 2 : (float) ((values.get(i) - min) / (max - min)) * height);
                if (drawing) {
                    page.lineTo(x, yValue);
                } else {
                    page.moveTo(x, yValue);
                    drawing = true;
                }
                lastX = x;
                lastY = yValue;
            }
            page.stroke();
            if (lastX > 0) {
                page.setNonStrokingColor(colour);
                page.addRect(lastX - 1.5f, lastY - 1.5f, 3, 3);
                page.fill();
                page.setNonStrokingColor(Color.BLACK);
            }
        }

        private void ensure(float space) throws IOException {
            if (y - space < MARGIN) {
                page.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void text(PDType1Font font, float size, float x, String line) throws IOException {
            text(font, size, x, y, line);
        }

        private void text(PDType1Font font, float size, float x, float atY, String line) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, atY - size);
            page.showText(encodable(font, line));
            page.endText();
        }

        private static String encodable(PDType1Font font, String line) {
            StringBuilder safe = new StringBuilder(line.length());
            line.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                try {
                    font.encode(character);
                    safe.append(character);
                } catch (IOException | IllegalArgumentException e) {
                    safe.append('?');
                }
            });
            return safe.toString();
        }

        private static Color color(Light light) {
            return switch (light) {
                case GREEN -> GREEN;
                case AMBER -> AMBER;
                case RED -> RED;
                case NONE -> GREY;
            };
        }
    }
}
