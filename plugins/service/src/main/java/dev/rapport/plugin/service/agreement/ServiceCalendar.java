package dev.rapport.plugin.service.agreement;

import dev.rapport.plugin.service.sla.BusinessCalendar;
import dev.rapport.plugin.service.sla.WorkingWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as administrators keep it: a name, the time zone, working windows per weekday and named
 * holidays.
 */
public record ServiceCalendar(long id, String name, ZoneId zone, Map<DayOfWeek, List<WorkingWindow>> windows,
                              Map<LocalDate, String> holidays, int version) {

    public ServiceCalendar {
        windows = Map.copyOf(windows);
        holidays = Map.copyOf(holidays);
    }

    public BusinessCalendar toBusinessCalendar() {
        return new BusinessCalendar(zone, windows, holidays.keySet());
    }
}
