package dev.rapport.plugin.retention.score;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The figures about all customers that the last scoring run counted for the charts of the Retention page: how value is
 * spread over the tenths of customers ({@link ValueDistribution}) and the cohort retention ({@link Cohorts}). Stored as
 * properties text beside the models. Immutable.
 *
 * @param customers the customers with purchases the distribution covers
 * @param marginShares each tenth's share of the margin to date (0–1), or null when it means nothing
 * @param lifetimeValueShares each tenth's share of the predicted lifetime value, or null
 * @param cohorts the cohort counts
 */
public record Portfolio(int customers, double[] marginShares, double[] lifetimeValueShares, Cohorts.Table cohorts) {

    /** Writes the figures as properties text. */
    public String format() {
        Properties p = new Properties();
        p.setProperty("customers", Integer.toString(customers));
        if (marginShares != null) {
            p.setProperty("margin", join(marginShares));
        }
        if (lifetimeValueShares != null) {
            p.setProperty("lifetime", join(lifetimeValueShares));
        }
        p.setProperty("cohort.first", Integer.toString(cohorts.firstQuarter()));
        p.setProperty("cohort.sizes", Arrays.stream(cohorts.sizes()).mapToObj(Integer::toString)
                .collect(Collectors.joining(",")));
        for (int c = 0; c < cohorts.active().length; c++) {
            p.setProperty("cohort." + c, Arrays.stream(cohorts.active()[c]).mapToObj(Integer::toString)
                    .collect(Collectors.joining(",")));
        }
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The figures {@link #format} wrote. */
    public static Portfolio parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] sizes = ints(p.getProperty("cohort.sizes"));
        int[][] active = new int[sizes.length][];
        for (int c = 0; c < sizes.length; c++) {
            active[c] = ints(p.getProperty("cohort." + c));
        }
        return new Portfolio(Integer.parseInt(p.getProperty("customers")), doubles(p.getProperty("margin")),
                doubles(p.getProperty("lifetime")),
                new Cohorts.Table(Integer.parseInt(p.getProperty("cohort.first")), sizes, active));
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] doubles(String text) {
        return text == null ? null : Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static int[] ints(String text) {
        return text == null || text.isEmpty() ? new int[0] : Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
