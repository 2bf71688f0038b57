package dev.rapport.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes calendar entries as an iCalendar document (RFC 5545) that phone and desktop calendars subscribe to.
 * Appointments are timed events in UTC (each client shows them in its own zone); tasks are all-day events on their
 * due day, because subscribed calendars on phones show events but not to-dos. Text values are escaped (§3.3.11)
 * and lines longer than 75 octets folded without splitting a UTF-8 character (§3.1); lines end in CRLF.
 */
public final class ICalendarWriter {

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder out = new StringBuilder();

    /** The whole document for {@code entries}, named {@code calendarName}, stamped {@code now}. */
    public static String write(String calendarName, List<CalendarEntry> entries, Instant now) {
        ICalendarWriter writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Rapport CRM//Calendar//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("X-WR-CALNAME:" + escape(calendarName));
        for (CalendarEntry entry : entries) {
            writer.event(entry, now);
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    private void event(CalendarEntry entry, Instant now) {
        line("BEGIN:VEVENT");
        line("UID:" + entry.key() + "@rapport");
        line("DTSTAMP:" + UTC_STAMP.format(now));
        line("SEQUENCE:" + entry.version());
        if (entry.allDay()) {
            LocalDate day = entry.day();
            line("DTSTART;VALUE=DATE:" + DAY.format(day));
            line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
            line("TRANSP:TRANSPARENT");
        } else {
            line("DTSTART:" + UTC_STAMP.format(entry.startsAt()));
            line("DTEND:" + UTC_STAMP.format(entry.endsAt()));
        }
        line("SUMMARY:" + escape(entry.title()));
        if (entry.customerName() != null) {
            line("DESCRIPTION:" + escape(entry.customerName()));
        }
        line("CATEGORIES:" + (entry.allDay() ? "TASK" : entry.channel().name()));
        line("END:VEVENT");
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets (the leading space counts). */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
