package dev.rapport.platform.figures.ui;

import dev.rapport.platform.figures.Figure;
import dev.rapport.platform.web.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.function.Function;

/** Writes a figure's values in its unit: counts whole, money in its currency, percentages and days to one decimal. */
final class FigureFormat {

    private final Formats formats;
    private final Function<String, String> days;

    /** {@code days} writes a number of days in the user's language, e.g. "2.5" as "2.5 days". */
    FigureFormat(Formats formats, Function<String, String> days) {
        this.formats = formats;
        this.days = days;
    }

    String value(Figure figure, BigDecimal value) {
        if (figure.isMoney()) {
            return formats.money(value, figure.unit());
        }
        return switch (figure.unit()) {
            case "count" -> decimal(value, 0);
            case "%" -> decimal(value, 1) + " %";
            case "days" -> days.apply(decimal(value, 1));
            default -> decimal(value, 2) + " " + figure.unit();
        };
    }

    /** The change with its sign, e.g. "+12" or "−3.5 %"; percentages change by points. */
    String change(Figure figure, BigDecimal change) {
        String magnitude = value(figure, change.abs());
        return change.signum() > 0 ? "+" + magnitude : change.signum() < 0 ? "−" + magnitude : magnitude;
    }

    private String decimal(BigDecimal value, int maximumFractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(formats.locale());
        format.setMaximumFractionDigits(maximumFractionDigits);
        return format.format(value);
    }
}
