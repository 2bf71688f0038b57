package dev.rapport.plugin.retention.contract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a customer's service agreements count as contract ends on a day: those that ended in the year before it,
 * and those that end within the next {@value #LOOK_AHEAD_DAYS} days with no renewal (a leading signal: the customer
 * may be deciding whether to stay). A renewal is another of the customer's agreements that starts by the day after
 * the ending one's last day and runs beyond it. Stateless.
 */
public final class ContractEnds {

    /** How far back an ended agreement still counts, as an ended subscription does. */
    public static final int LOOK_BACK_DAYS = 365;
    /** How far ahead an agreement's end without renewal counts. */
    public static final int LOOK_AHEAD_DAYS = 90;

    private ContractEnds() {
    }

    /** The agreements among one customer's {@code terms} that count on {@code today}, the soonest coming end first. */
    public static List<AgreementTerm> counted(List<AgreementTerm> terms, LocalDate today) {
        return terms.stream().filter(AgreementTerm::coveredAnyDay)
                .filter(term -> endedInYear(term, today) || endsSoonUnrenewed(term, terms, today))
                .sorted(Comparator.comparing((AgreementTerm term) -> term.lastDay().isBefore(today))
                        .thenComparing(term -> Math.abs(term.lastDay().toEpochDay() - today.toEpochDay())))
                .toList();
    }

    /** The agreement to name as a reason: the soonest coming end without renewal, else the latest end of the year. */
    public static Optional<AgreementTerm> notable(List<AgreementTerm> terms, LocalDate today) {
        return counted(terms, today).stream().findFirst();
    }

    /** Whether the agreement's last day lies on or after {@code today}: it is still to end. */
    public static boolean upcoming(AgreementTerm term, LocalDate today) {
        return !term.lastDay().isBefore(today);
    }

    private static boolean endedInYear(AgreementTerm term, LocalDate today) {
        LocalDate last = term.lastDay();
        return last != null && last.isBefore(today) && !last.isBefore(today.minusDays(LOOK_BACK_DAYS));
    }

    private static boolean endsSoonUnrenewed(AgreementTerm term, List<AgreementTerm> terms, LocalDate today) {
        LocalDate last = term.lastDay();
        if (last == null || last.isBefore(today) || !last.isBefore(today.plusDays(LOOK_AHEAD_DAYS))) {
            return false;
        }
        return terms.stream().filter(other -> other.agreementId() != term.agreementId())
                .filter(AgreementTerm::coveredAnyDay)
                .noneMatch(other -> !other.validFrom().isAfter(last.plusDays(1))
                        && (other.lastDay() == null || other.lastDay().isAfter(last)));
    }
}
