package dev.rapport.plugin.scorecard.read;

import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.sdk.Translations;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.ui.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * Values, targets, scores and periods as the scorecard's pages and exports write them, in one language: amounts
 * with their currency, percentages, days, counts; "unavailable" and "no value" in words, never as zero.
 */
public final class ValueTexts {

    private final Translations i18n;
    private final Locale locale;
    private final Formats formats;

    public ValueTexts(Translations i18n, Locale locale, Formats formats) {
        this.i18n = i18n;
        this.locale = locale;
        this.formats = formats;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        return i18n.get(locale, key, arguments);
    }

    /** A reading: its value in its unit, or why there is none. */
    public String reading(MetricReading reading, String unit) {
        return switch (reading.status()) {
            case VALUE -> value(reading.value().orElseThrow(), unit);
            case UNDEFINED -> text("scorecard.value.undefined");
            case UNAVAILABLE -> text("scorecard.value.unavailable");
        };
    }

    /** A value in its unit, or a dash when there is none. */
    public String value(Optional<BigDecimal> value, String unit) {
        return value.map(amount -> value(amount, unit)).orElse("–");
    }

    public String value(BigDecimal value, String unit) {
        return switch (unit) {
            case "count" -> number(value, 0);
            case "%" -> number(value, 1) + " %";
            case "days" -> text("scorecard.unit.days", number(value, 2));
            default -> unit.length() == 3 ? formats.money(value, unit) : number(value, 2) + " " + unit;
        };
    }

    /** A score out of 100 or a dash. */
    public String score(Optional<BigDecimal> score) {
        return score.map(value -> number(value, 1)).orElse("–");
    }

    /** A period's name, e.g. "December 2026", "Q4 2026", "Week 49, 2026", "2026". */
    public String period(PeriodKind kind, LocalDate start) {
        return switch (kind) {
            case WEEK -> text("scorecard.period.weekOf", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    String.valueOf(start.get(IsoFields.WEEK_BASED_YEAR)), formats.date(start));
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(start);
            case QUARTER -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** A short label of a period for a chart's axis. */
    public String shortPeriod(PeriodKind kind, LocalDate start) {
        return switch (kind) {
            case WEEK -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(start);
            case MONTH -> DateTimeFormatter.ofPattern("MMM yy", locale).format(start);
            case QUARTER -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + (start.getYear() % 100);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    private String number(BigDecimal value, int maximumDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maximumDigits);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }
}
