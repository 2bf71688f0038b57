package dev.rapport.plugin.fieldservice.technician;

import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import java.time.LocalTime;
import java.util.Set;

/** A field technician: a user with skills, a home base, daily working hours (company time zone) and a territory. */
public record Technician(long userId, String name, Set<String> skills, String homeLabel, GeoPoint home,
                         LocalTime workStart, LocalTime workEnd, String territory, int version) {

    public Technician {
        skills = Set.copyOf(skills);
    }
}
