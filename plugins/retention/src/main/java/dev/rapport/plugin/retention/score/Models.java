package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.model.BgNbd;
import dev.rapport.plugin.retention.model.ChurnModel;
import dev.rapport.plugin.retention.model.GammaGamma;
import dev.rapport.plugin.retention.model.Quintiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the last scoring run fitted, so that one customer's refresh scores exactly as the run did, and the validation
 * figures the page shows. A model that could not be fitted (too little history) is null. Immutable.
 *
 * @param valueThreshold the value at stake from which a customer counts as high-value (the top fifth; see
 *                       {@link Scorer#valueAtStake})
 * @param valueError the lifetime-value model's mean absolute error per customer on the hold-out half year
 * @param baselineError the naive baseline's (the half year before repeated) on the same customers
 * @param validated how many customers the value validation covered
 * @param lift the churn rate of each tenth of held-out customers ranked by risk over the overall rate
 * @param baselineAuc the area under the ROC curve of the naive baseline (ranked by days since the last purchase) on the
 *                    same held-out customers; NaN when unknown (models stored before it was measured)
 * @param baselineLift the naive baseline's lift per tenth, empty when unknown
 */
public record Models(String currency, int cutOffDay, Quintiles recency, Quintiles frequency, Quintiles monetary,
                     BgNbd purchases, GammaGamma spend, ChurnModel churn, double valueThreshold, double valueError,
                     double baselineError, int validated, double auc, double[] lift, double baselineAuc,
                     double[] baselineLift, long seed) {

    /** Writes the models as properties text. */
    public String format() {
        Properties properties = new Properties();
        properties.setProperty("currency", currency);
        properties.setProperty("cutOffDay", Integer.toString(cutOffDay));
        properties.setProperty("rfm.r", recency.format());
        properties.setProperty("rfm.f", frequency.format());
        properties.setProperty("rfm.m", monetary.format());
        if (purchases != null) {
            properties.setProperty("bgnbd", purchases.r() + "," + purchases.alpha() + "," + purchases.a() + "," + purchases.b());
        }
        if (spend != null) {
            properties.setProperty("gg", spend.p() + "," + spend.q() + "," + spend.gamma());
        }
        if (churn != null) {
            churn.store(properties);
            properties.setProperty("churn.auc", Double.toString(auc));
            properties.setProperty("churn.lift", join(lift));
            properties.setProperty("churn.baselineAuc", Double.toString(baselineAuc));
            properties.setProperty("churn.baselineLift", join(baselineLift));
        }
        properties.setProperty("value.threshold", Double.toString(valueThreshold));
        properties.setProperty("value.error", Double.toString(valueError));
        properties.setProperty("value.baselineError", Double.toString(baselineError));
        properties.setProperty("value.validated", Integer.toString(validated));
        properties.setProperty("seed", Long.toString(seed));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The models {@link #format} wrote. */
    public static Models parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] bg = p.containsKey("bgnbd") ? split(p.getProperty("bgnbd")) : null;
        double[] gg = p.containsKey("gg") ? split(p.getProperty("gg")) : null;
        boolean churn = p.containsKey("churn.weights");
        return new Models(p.getProperty("currency"), Integer.parseInt(p.getProperty("cutOffDay")),
                Quintiles.parse(p.getProperty("rfm.r")), Quintiles.parse(p.getProperty("rfm.f")),
                Quintiles.parse(p.getProperty("rfm.m")),
                bg == null ? null : new BgNbd(bg[0], bg[1], bg[2], bg[3]),
                gg == null ? null : new GammaGamma(gg[0], gg[1], gg[2]),
                churn ? ChurnModel.load(p) : null,
                Double.parseDouble(p.getProperty("value.threshold")), Double.parseDouble(p.getProperty("value.error")),
                Double.parseDouble(p.getProperty("value.baselineError")),
                Integer.parseInt(p.getProperty("value.validated")),
                churn ? Double.parseDouble(p.getProperty("churn.auc")) : Double.NaN,
                churn ? split(p.getProperty("churn.lift")) : new double[0],
                Double.parseDouble(p.getProperty("churn.baselineAuc", "NaN")),
                p.getProperty("churn.baselineLift", "").isEmpty() ? new double[0] : split(p.getProperty("churn.baselineLift")),
                Long.parseLong(p.getProperty("seed")));
    }

    private static String join(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.isEmpty() ? "" : ",").append(value);
        }
        return text.toString();
    }

    private static double[] split(String text) {
        return java.util.Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
