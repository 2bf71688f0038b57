package dev.rapport.plugin.acquisition.support;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Due dates of follow-ups: a number of working days (Monday to Friday) after a day. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static LocalDate after(LocalDate day, int workingDays) {
        LocalDate due = day;
        int added = 0;
        while (added < workingDays) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return due;
    }
}
