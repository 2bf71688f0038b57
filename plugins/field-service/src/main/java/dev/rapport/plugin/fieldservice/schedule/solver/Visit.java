package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A work order to place: where, how long, the window it must happen in (minutes of the day), the skills and parts it
 * needs, its priority weight and territory. The solver sets its technician and position; its start follows from the
 * route (travel from the previous stop, waiting for the window to open).
 */
@PlanningEntity
public class Visit {

    @PlanningId
    private Long id;
    private String label;
    private GeoPoint site;
    private int duration;
    private int windowStart;
    private int windowEnd;
    private Set<String> skills;
    private int priorityWeight;
    private String territory;
    private Map<Long, Integer> parts;
    private boolean partsReserved;
    /** The day's travel table and this site's index in it; none for a visit placed by hand outside a plan. */
    private TravelTimes times;
    private int place;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private TechnicianRoute route;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private Visit next;
    @CascadingUpdateShadowVariable(targetMethodName = "updateStart")
    private Integer start;

    /** For the solver's cloning. */
    public Visit() {
    }

    public Visit(long id, String label, GeoPoint site, int duration, int windowStart, int windowEnd, Set<String> skills,
                 int priorityWeight, String territory, Map<Long, Integer> parts, boolean partsReserved) {
        this.id = id;
        this.label = label;
        this.site = site;
        this.duration = duration;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.skills = Set.copyOf(skills);
        this.priorityWeight = priorityWeight;
        this.territory = territory;
        this.parts = Map.copyOf(parts);
        this.partsReserved = partsReserved;
    }

    /** Called by the solver whenever the route before this visit changed. */
    @SuppressWarnings("unused")
    private void updateStart() {
        start = route == null ? null : Math.max(arrival(), windowStart);
    }

    /** Places this visit's site in the day's travel table (see {@link DayPlan}). */
    void locate(TravelTimes table, int index) {
        this.times = table;
        this.place = index;
    }

    /** When the technician gets here: leaving the previous stop (or home at shift start) plus the travel. */
    public int arrival() {
        if (previous == null) {
            return route.shiftStart() + minutesFromPrevious();
        }
        return previous.end() + minutesFromPrevious();
    }

    /** Minutes driven from the previous stop (or the technician's home) to this visit. */
    public int minutesFromPrevious() {
        if (times != null && times == route.times()) {
            return times.minutes(previous == null ? route.homePlace() : previous.place, place);
        }
        return route.travel().minutes(previous == null ? route.home() : previous.site, site);
    }

    private int minutesHome() {
        if (times != null && times == route.times()) {
            return times.minutes(place, route.homePlace());
        }
        return route.travel().minutes(site, route.home());
    }

    /** Minutes driven to reach this visit, and home after it when it is the day's last. */
    public int travelMinutes() {
        if (route == null) {
            return 0;
        }
        int minutes = minutesFromPrevious();
        return next == null ? minutes + minutesHome() : minutes;
    }

    /** Minutes the day runs past the technician's shift: only the last visit, whose drive home ends the day. */
    public int overtime() {
        if (route == null || next != null || start == null) {
            return 0;
        }
        return Math.max(0, end() + minutesHome() - route.shiftEnd());
    }

    public int end() {
        return start + duration;
    }

    public boolean isAssigned() {
        return route != null && start != null;
    }

    public int missingSkills() {
        if (route == null) {
            return 0;
        }
        int missing = 0;
        for (String skill : skills) {
            if (!route.skills().contains(skill)) {
                missing++;
            }
        }
        return missing;
    }

    /** The parts this visit takes from its technician's van (none when they were reserved in a warehouse). */
    public List<PartNeed> partsFromVan() {
        if (route == null || partsReserved) {
            return List.of();
        }
        List<PartNeed> needs = new ArrayList<>(parts.size());
        parts.forEach((partId, quantity) -> needs.add(new PartNeed(route, partId, quantity)));
        return needs;
    }

    public int minutesOutsideWindow() {
        return isAssigned() ? Math.max(0, end() - windowEnd) : 0;
    }

    public int absentMinutes() {
        return isAssigned() ? route.absentMinutes(start, end()) : 0;
    }

    public boolean outsideTerritory() {
        return route != null && route.territory() != null && territory != null && !route.territory().equals(territory);
    }

    /**
     * Minutes this visit starts before the previous one on its route ends. The solver's start times rule it out;
     * only a start set by hand (a pinned or hand-made plan) can overlap, and then only with its neighbour.
     */
    public int overlapWithPrevious() {
        if (!isAssigned() || previous == null || previous.start == null) {
            return 0;
        }
        return Math.max(0, previous.end() - start);
    }

    public Long getId() {
        return id;
    }

    public String label() {
        return label;
    }

    public GeoPoint site() {
        return site;
    }

    public int duration() {
        return duration;
    }

    public int windowStart() {
        return windowStart;
    }

    public int windowEnd() {
        return windowEnd;
    }

    public Set<String> skills() {
        return skills;
    }

    public int priorityWeight() {
        return priorityWeight;
    }

    public String territory() {
        return territory;
    }

    public Map<Long, Integer> getParts() {
        return parts;
    }

    public boolean isPartsReserved() {
        return partsReserved;
    }

    public TechnicianRoute getRoute() {
        return route;
    }

    public void setRoute(TechnicianRoute route) {
        this.route = route;
    }

    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    public Visit getNext() {
        return next;
    }

    public void setNext(Visit next) {
        this.next = next;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    @Override
    public String toString() {
        return label;
    }
}
