package dev.rapport.sdk.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, times, amounts and rates as the user reads them: in their language and their browser's time zone, the same
 * way on every plugin's pages. Immutable and thread-safe; make one per view (or per request) with {@link #current()}
 * on the UI thread, or with a locale and zone of your choice (e.g. in tests or when writing for another user).
 *
 * @since 1.3.0
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;

    /** Formats for {@code locale} with times shown in {@code zone}. */
    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    /**
     * The formats of the current UI (the browser reports its zone when the UI is made; UTC until then). Call it on
     * the UI thread.
     *
     * @throws NullPointerException outside a UI (no {@code UI.getCurrent()})
     */
    public static Formats current() {
        UI ui = UI.getCurrent();
        ZoneId zone = ZoneOffset.UTC;
        var details = ui.getPage().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException e) {
                zone = ZoneOffset.UTC;
            }
        }
        return new Formats(ui.getLocale(), zone);
    }

    /** The time zone times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The language and region numbers and dates follow. */
    public Locale locale() {
        return locale;
    }

    /** A moment as a medium date and short time in the zone, e.g. "4 May 2026, 09:00"; empty for null. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** A calendar day as a medium date; empty for null. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The day {@code now} falls on in the zone. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** An amount with its ISO currency, e.g. "EUR 1,250.00". */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        format.setMinimumFractionDigits(Math.max(digits, 0));
        format.setMaximumFractionDigits(Math.max(digits, 0));
        return currency + " " + format.format(amount);
    }

    /** A fraction (0.25) as a percentage ("25.0 %"); a dash when undefined. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction.multiply(BigDecimal.valueOf(100))) + " %";
    }

    /** A whole number with the locale's grouping, e.g. "1,250". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
