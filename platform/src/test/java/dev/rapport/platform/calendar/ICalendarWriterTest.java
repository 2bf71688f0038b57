package dev.rapport.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.sdk.interaction.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545 output: escaping of text values, folding at 75 octets, CRLF, all-day tasks and timed appointments. */
class ICalendarWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void escapesBackslashSemicolonCommaAndLineBreaksInTextValues() {
        assertThat(ICalendarWriter.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void writesAnAppointmentInUtcAndATaskAsAnAllDayEventWithCrlfLines() {
        CalendarEntry meeting = new CalendarEntry(CalendarEntry.Kind.APPOINTMENT, 7, Channel.MEETING, "Offer, final",
                3L, "Müller; Söhne", LocalDate.of(2026, 12, 8), Instant.parse("2026-12-08T09:30:00Z"),
                Instant.parse("2026-12-08T10:30:00Z"), false, 2);
        CalendarEntry task = new CalendarEntry(CalendarEntry.Kind.TASK, 9, null, "Call back", null, null,
                LocalDate.of(2026, 12, 31), null, null, false, 0);

        String document = ICalendarWriter.write("Rapport: Ann", List.of(meeting, task), NOW);

        assertThat(document).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(document.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(document).contains("UID:appointment-7@rapport\r\n", "DTSTAMP:20261207T080000Z\r\n",
                "DTSTART:20261208T093000Z\r\n", "DTEND:20261208T103000Z\r\n", "SUMMARY:Offer\\, final\r\n",
                "DESCRIPTION:Müller\\; Söhne\r\n", "SEQUENCE:2\r\n", "CATEGORIES:MEETING\r\n");
        assertThat(document).contains("UID:task-9@rapport\r\n", "DTSTART;VALUE=DATE:20261231\r\n",
                "DTEND;VALUE=DATE:20270101\r\n", "SUMMARY:Call back\r\n");
        assertThat(document.split("BEGIN:VEVENT", -1)).hasSize(3);
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String title = "Besprechung über die Ölheizung für die Familie Größenwahn ".repeat(4).strip() + " ✓";
        CalendarEntry task = new CalendarEntry(CalendarEntry.Kind.TASK, 1, null, title, null, null,
                LocalDate.of(2026, 12, 31), null, null, false, 0);

        String document = ICalendarWriter.write("Rapport", List.of(task), NOW);

        String[] lines = document.split("\r\n");
        assertThat(Arrays.stream(lines).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow())
                .isLessThanOrEqualTo(75);
        assertThat(Arrays.stream(lines).filter(line -> line.startsWith(" ")).count()).isGreaterThanOrEqualTo(3);
        String unfolded = document.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + title + "\r\n");
        assertThat(document).doesNotContain("\uFFFD");
    }
}
