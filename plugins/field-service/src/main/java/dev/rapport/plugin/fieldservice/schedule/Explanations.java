package dev.rapport.plugin.fieldservice.schedule;

import dev.rapport.plugin.fieldservice.schedule.solver.TechnicianRoute;
import dev.rapport.plugin.fieldservice.schedule.solver.Visit;
import dev.rapport.sdk.Translations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a visit went to whom, and why one stayed unassigned: for an assigned visit its technician's fitting skills,
 * the time in its window, the drive from the previous stop and the territory; for an unassigned one, the reasons
 * each technician could not take it, the most common first (no skill, absent, window outside the shift, parts,
 * or every fitting day already full).
 */
final class Explanations {

    private final Translations i18n;

    Explanations(Translations i18n) {
        this.i18n = i18n;
    }

    String assigned(Visit visit) {
        TechnicianRoute route = visit.getRoute();
        String from = visit.getPrevious() == null ? i18n.get("fieldservice.explain.home")
                : visit.getPrevious().label();
        String text = i18n.get("fieldservice.explain.assigned", route.name(),
                visit.skills().isEmpty() ? "-" : String.join(", ", visit.skills()), clock(visit.getStart()),
                clock(visit.windowStart()), clock(visit.windowEnd()),
                visit.minutesFromPrevious(), from);
        return visit.outsideTerritory() ? text + " " + i18n.get("fieldservice.explain.otherTerritory") : text;
    }

    String unassigned(Visit visit, List<TechnicianRoute> routes) {
        Set<String> reasons = new LinkedHashSet<>();
        List<String> fitting = new ArrayList<>();
        for (TechnicianRoute route : routes) {
            if (!route.skills().containsAll(visit.skills())) {
                reasons.add(i18n.get("fieldservice.explain.noSkill", String.join(", ", visit.skills())));
            } else if (visit.windowEnd() <= route.shiftStart() || visit.windowStart() >= route.shiftEnd()) {
                reasons.add(i18n.get("fieldservice.explain.outsideShift"));
            } else if (route.absentMinutes(Math.max(visit.windowStart(), route.shiftStart()),
                    Math.min(visit.windowEnd(), route.shiftEnd())) >= Math.min(visit.windowEnd(), route.shiftEnd())
                    - Math.max(visit.windowStart(), route.shiftStart())) {
                reasons.add(i18n.get("fieldservice.explain.absent", route.name()));
            } else if (!visit.isPartsReserved() && visit.getParts().entrySet().stream()
                    .anyMatch(need -> route.vanStock().getOrDefault(need.getKey(), 0) < need.getValue())) {
                reasons.add(i18n.get("fieldservice.explain.parts", route.name()));
            } else {
                fitting.add(route.name());
            }
        }
        if (!fitting.isEmpty()) {
            reasons.add(i18n.get("fieldservice.explain.full", String.join(", ", fitting)));
        }
        if (routes.isEmpty()) {
            reasons.add(i18n.get("fieldservice.explain.noTechnicians"));
        }
        return String.join(" ", reasons);
    }

    static String clock(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
