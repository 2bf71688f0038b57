package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One technician's day as the solver sees it: skills, home base, shift and absences in minutes of the day, territory,
 * the parts in their van, and the visits in route order. The first {@link #pinnedCount()} visits are pinned (put there
 * by a dispatcher, or already under way) and stay where they are.
 */
@PlanningEntity
public class TechnicianRoute {

    private long technicianId;
    private String name;
    private Set<String> skills;
    private GeoPoint home;
    private int shiftStart;
    private int shiftEnd;
    private List<int[]> absences;
    private String territory;
    private Map<Long, Integer> vanStock;
    private Travel travel;
    /** The day's travel table and the home's index in it (see {@link DayPlan}). */
    private TravelTimes times;
    private int homePlace;

    @PlanningPinToIndex
    private int pinnedCount;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Visit> visits = new ArrayList<>();

    /** For the solver's cloning. */
    public TechnicianRoute() {
    }

    public TechnicianRoute(long technicianId, String name, Set<String> skills, GeoPoint home, int shiftStart,
                           int shiftEnd, List<int[]> absences, String territory, Map<Long, Integer> vanStock,
                           Travel travel) {
        this.technicianId = technicianId;
        this.name = name;
        this.skills = Set.copyOf(skills);
        this.home = home;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.absences = List.copyOf(absences);
        this.territory = territory;
        this.vanStock = Map.copyOf(vanStock);
        this.travel = travel;
    }

    /** Places the home base in the day's travel table. */
    void locate(TravelTimes table, int index) {
        this.times = table;
        this.homePlace = index;
    }

    TravelTimes times() {
        return times;
    }

    int homePlace() {
        return homePlace;
    }

    /** Minutes of the visit's time ({@code start}..{@code end}) that fall in an absence. */
    public int absentMinutes(int start, int end) {
        int overlap = 0;
        for (int[] absence : absences) {
            overlap += Math.max(0, Math.min(end, absence[1]) - Math.max(start, absence[0]));
        }
        return overlap;
    }

    public long technicianId() {
        return technicianId;
    }

    public String name() {
        return name;
    }

    public Set<String> skills() {
        return skills;
    }

    public GeoPoint home() {
        return home;
    }

    public int shiftStart() {
        return shiftStart;
    }

    public int shiftEnd() {
        return shiftEnd;
    }

    public List<int[]> absences() {
        return absences;
    }

    public String territory() {
        return territory;
    }

    public Map<Long, Integer> vanStock() {
        return vanStock;
    }

    public Travel travel() {
        return travel;
    }

    public int pinnedCount() {
        return pinnedCount;
    }

    public void setPinnedCount(int pinnedCount) {
        this.pinnedCount = pinnedCount;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return name;
    }
}
