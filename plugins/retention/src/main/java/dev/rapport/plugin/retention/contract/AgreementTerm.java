package dev.rapport.plugin.retention.contract;

import java.time.LocalDate;

/**
 * A customer's service agreement as the service plugin's events told retention.
 *
 * @param validUntil  the last day it covers, or null when open-ended
 * @param cancelledOn the day it was cancelled (deleted), or null while it stands
 */
public record AgreementTerm(long agreementId, long customerId, String name, LocalDate validFrom, LocalDate validUntil,
                            LocalDate cancelledOn) {

    /** The last day it covers: its end, or its cancellation day when that came first; null when open-ended. */
    public LocalDate lastDay() {
        if (cancelledOn == null) {
            return validUntil;
        }
        return validUntil == null || cancelledOn.isBefore(validUntil) ? cancelledOn : validUntil;
    }

    /** Whether it covered any day at all (an agreement cancelled before it began never did). */
    public boolean coveredAnyDay() {
        LocalDate last = lastDay();
        return last == null || !last.isBefore(validFrom);
    }
}
