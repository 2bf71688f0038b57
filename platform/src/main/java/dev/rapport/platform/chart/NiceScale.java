package dev.rapport.platform.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with round steps (1, 2, 2.5 or 5 times a power of ten) that covers the data and zero, so that bars
 * start at the axis and tick labels read naturally: 0, 250, 500 rather than 0, 237, 474.
 *
 * @param min the lowest tick
 * @param max the highest tick
 * @param step the distance between ticks
 */
record NiceScale(double min, double max, double step) {

    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    /** A scale over {@code low}..{@code high} and zero with about {@code ticks} intervals. */
    static NiceScale of(double low, double high, int ticks) {
        double from = Math.min(0, low);
        double to = Math.max(0, high);
        if (to - from <= 0) {
            return new NiceScale(0, 1, 1);
        }
        double rough = (to - from) / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double candidate : STEPS) {
            if (candidate * magnitude >= rough) {
                step = candidate * magnitude;
                break;
            }
        }
        return new NiceScale(multiple(Math.floor(from / step), step), multiple(Math.ceil(to / step), step), step);
    }

    /** The ticks from {@link #min} to {@link #max}, free of floating-point dust. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i))).doubleValue());
        }
        return ticks;
    }

    /** The decimals a tick label needs: none for a step of 1 or more, one for 0.5, two for 0.25. */
    int fractionDigits() {
        int digits = 0;
        double scaled = step;
        while (digits < 6 && Math.abs(scaled - Math.rint(scaled)) > 1e-9) {
            scaled *= 10;
            digits++;
        }
        return digits;
    }

    /** Where {@code value} lies between {@link #min} (0) and {@link #max} (1). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** {@code times} × {@code step} in decimal, so that 3 × 0.2 is 0.6 and not 0.6000000000000001. */
    private static double multiple(double times, double step) {
        return BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(times)).doubleValue();
    }
}
