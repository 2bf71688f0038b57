package dev.rapport.plugin.fieldservice.schedule.solver;

/**
 * Travel time between two places from their straight-line distance at a configured average speed, in whole minutes
 * rounded up (a job 100 m away still costs a minute).
 *
 * @param speedKmh the average speed, above 0
 */
public record Travel(double speedKmh) {

    public Travel {
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("The travel speed must be above 0 km/h: " + speedKmh);
        }
    }

    public int minutes(GeoPoint from, GeoPoint to) {
        double km = from.kmTo(to);
        return km == 0 ? 0 : (int) Math.ceil(km / speedKmh * 60);
    }
}
