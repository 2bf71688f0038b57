package dev.rapport.platform.money;

import java.time.LocalDate;

/**
 * Which rates the administrators' list shows; null or blank parts do not filter.
 *
 * @param currency rates with this currency on either side
 * @param from the first day shown
 * @param to the last day shown
 */
public record RateFilter(String currency, LocalDate from, LocalDate to) {

    public static final RateFilter ALL = new RateFilter(null, null, null);
}
