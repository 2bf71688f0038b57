package dev.rapport.plugin.fieldservice.schedule.solver;

import java.util.List;

/**
 * The travel minutes between every two places of one day (the technicians' homes and the visits' sites), worked out
 * once when the day's plan is built: the solver asks for them millions of times, and the great-circle formula behind
 * {@link Travel} costs far more than an array read. Immutable, so the solver's plan clones share one table.
 */
final class TravelTimes {

    private final int size;
    private final int[] minutes;

    private TravelTimes(int size, int[] minutes) {
        this.size = size;
        this.minutes = minutes;
    }

    /** The table for {@code places} in this order: a place's index in the list is its index in the table. */
    static TravelTimes of(Travel travel, List<GeoPoint> places) {
        int size = places.size();
        int[] minutes = new int[size * size];
        for (int from = 0; from < size; from++) {
            for (int to = 0; to < size; to++) {
                minutes[from * size + to] = travel.minutes(places.get(from), places.get(to));
            }
        }
        return new TravelTimes(size, minutes);
    }

    int minutes(int from, int to) {
        return minutes[from * size + to];
    }
}
