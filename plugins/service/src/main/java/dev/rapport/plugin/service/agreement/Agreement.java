package dev.rapport.plugin.service.agreement;

import dev.rapport.plugin.service.request.Priority;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A service agreement: whom it covers (a customer, perhaps only one product they hold; or everyone, the default),
 * which request categories (empty: all), its period, its calendar and its targets per priority.
 *
 * @param customerId null for the default agreement
 * @param productId  the held product it is limited to, or null
 * @param validTo    the last day it covers, or null when open-ended
 */
public record Agreement(long id, String name, Long customerId, Long productId, Set<String> categories,
                        LocalDate validFrom, LocalDate validTo, long calendarId, Map<Priority, Targets> targets,
                        int version) {

    public Agreement {
        categories = Set.copyOf(categories);
        targets = Map.copyOf(targets);
    }

    public boolean isDefault() {
        return customerId == null;
    }

    /** Whether it covers a request of this product and category opened on {@code day}. */
    public boolean covers(Long requestProductId, String category, LocalDate day) {
        boolean inPeriod = !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        boolean product = productId == null || productId.equals(requestProductId);
        boolean categoryCovered = categories.isEmpty() || (category != null && categories.contains(category));
        return inPeriod && product && categoryCovered;
    }

    public Targets targetsFor(Priority priority) {
        Targets found = targets.get(priority);
        if (found == null) {
            throw new IllegalStateException("Agreement " + id + " has no targets for " + priority);
        }
        return found;
    }
}
