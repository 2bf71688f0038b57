package dev.rapport.plugin.service.agreement;

import static dev.rapport.plugin.service.db.Tables.SVC_CALENDAR;
import static dev.rapport.plugin.service.db.Tables.SVC_CALENDAR_HOLIDAY;

import dev.rapport.plugin.service.db.tables.records.SvcCalendarRecord;
import dev.rapport.plugin.service.sla.CalendarSpec;
import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Business calendars and their holidays in {@code svc_calendar} and {@code svc_calendar_holiday}. */
public final class CalendarRepository {

    private final DSLContext dsl;

    public CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ServiceCalendar get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Calendar", id));
    }

    public Optional<ServiceCalendar> find(long id) {
        return dsl.selectFrom(SVC_CALENDAR).where(SVC_CALENDAR.ID.eq(id)).fetchOptional().map(this::toCalendar);
    }

    /** All calendars by name: a service desk has a handful. */
    public List<ServiceCalendar> all() {
        return dsl.selectFrom(SVC_CALENDAR).orderBy(SVC_CALENDAR.NAME).limit(500).fetch(this::toCalendar);
    }

    public long insert(ServiceCalendar calendar, Instant now) {
        long id = dsl.insertInto(SVC_CALENDAR).set(SVC_CALENDAR.NAME, calendar.name())
                .set(SVC_CALENDAR.ZONE_ID, calendar.zone().getId())
                .set(SVC_CALENDAR.WINDOWS, CalendarSpec.format(calendar.windows()))
                .set(SVC_CALENDAR.UPDATED_AT, Times.stored(now)).returning(SVC_CALENDAR.ID).fetchOne().getId();
        writeHolidays(id, calendar.holidays());
        return id;
    }

    public void update(ServiceCalendar calendar, Instant now) {
        int changed = dsl.update(SVC_CALENDAR).set(SVC_CALENDAR.NAME, calendar.name())
                .set(SVC_CALENDAR.ZONE_ID, calendar.zone().getId())
                .set(SVC_CALENDAR.WINDOWS, CalendarSpec.format(calendar.windows()))
                .set(SVC_CALENDAR.UPDATED_AT, Times.stored(now)).set(SVC_CALENDAR.VERSION, SVC_CALENDAR.VERSION.plus(1))
                .where(SVC_CALENDAR.ID.eq(calendar.id()), SVC_CALENDAR.VERSION.eq(calendar.version())).execute();
        if (changed == 0) {
            ServiceCalendar current = get(calendar.id());
            throw new ConcurrentEditException("Calendar", current.id(), now, "someone else");
        }
        dsl.deleteFrom(SVC_CALENDAR_HOLIDAY).where(SVC_CALENDAR_HOLIDAY.CALENDAR_ID.eq(calendar.id())).execute();
        writeHolidays(calendar.id(), calendar.holidays());
    }

    public boolean nameTaken(String name, long exceptId) {
        return dsl.fetchExists(SVC_CALENDAR, SVC_CALENDAR.NAME.eq(name), SVC_CALENDAR.ID.ne(exceptId));
    }

    private void writeHolidays(long calendarId, Map<LocalDate, String> holidays) {
        holidays.forEach((day, name) -> dsl.insertInto(SVC_CALENDAR_HOLIDAY)
                .set(SVC_CALENDAR_HOLIDAY.CALENDAR_ID, calendarId).set(SVC_CALENDAR_HOLIDAY.DAY, day)
                .set(SVC_CALENDAR_HOLIDAY.NAME, name).execute());
    }

    private ServiceCalendar toCalendar(SvcCalendarRecord row) {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        dsl.selectFrom(SVC_CALENDAR_HOLIDAY).where(SVC_CALENDAR_HOLIDAY.CALENDAR_ID.eq(row.getId()))
                .orderBy(SVC_CALENDAR_HOLIDAY.DAY).forEach(holiday -> holidays.put(holiday.getDay(), holiday.getName()));
        return new ServiceCalendar(row.getId(), row.getName(), ZoneId.of(row.getZoneId()),
                CalendarSpec.parse(row.getWindows()), holidays, row.getVersion());
    }

    public void delete(long id) {
        dsl.deleteFrom(SVC_CALENDAR).where(SVC_CALENDAR.ID.eq(id)).execute();
    }
}
