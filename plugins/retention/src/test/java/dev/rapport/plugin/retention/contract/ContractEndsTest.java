package dev.rapport.plugin.retention.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which agreements count as contract ends on a day, and which one is named. */
class ContractEndsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static AgreementTerm term(long id, LocalDate from, LocalDate until) {
        return new AgreementTerm(id, 7, "Agreement " + id, from, until, null);
    }

    @Test
    void anAgreementThatEndedWithinTheYearCountsOneThatEndedBeforeDoesNot() {
        AgreementTerm lastSpring = term(1, START, LocalDate.of(2026, 4, 30));
        AgreementTerm longAgo = term(2, LocalDate.of(2024, 1, 1), TODAY.minusDays(366));
        assertThat(ContractEnds.counted(List.of(lastSpring, longAgo), TODAY)).containsExactly(lastSpring);
    }

    @Test
    void anAgreementEndingWithinNinetyDaysCountsUnlessRenewed() {
        AgreementTerm ending = term(1, START, TODAY.plusDays(30));
        assertThat(ContractEnds.counted(List.of(ending), TODAY)).containsExactly(ending);
        assertThat(ContractEnds.counted(List.of(term(2, START, TODAY.plusDays(90))), TODAY)).as("beyond 90 days").isEmpty();

        AgreementTerm renewal = term(3, TODAY.plusDays(31), null);
        assertThat(ContractEnds.counted(List.of(ending, renewal), TODAY)).as("renewed from the day after").isEmpty();
        AgreementTerm gap = term(4, TODAY.plusDays(40), null);
        assertThat(ContractEnds.counted(List.of(ending, gap), TODAY)).as("a gap is no renewal").containsExactly(ending);
    }

    @Test
    void aCancellationEndsTheAgreementOnItsDayAndOneCancelledBeforeItBeganNeverCounts() {
        AgreementTerm cancelled = new AgreementTerm(1, 7, "Cancelled", START, null, TODAY.minusDays(10));
        AgreementTerm neverBegan = new AgreementTerm(2, 7, "Never began", TODAY.plusDays(5), null, TODAY.minusDays(1));
        assertThat(cancelled.lastDay()).isEqualTo(TODAY.minusDays(10));
        assertThat(ContractEnds.counted(List.of(cancelled, neverBegan), TODAY)).containsExactly(cancelled);
    }

    @Test
    void theComingEndIsNamedBeforeAPastOne() {
        AgreementTerm past = term(1, START, TODAY.minusDays(20));
        AgreementTerm coming = term(2, START, TODAY.plusDays(60));
        assertThat(ContractEnds.notable(List.of(past, coming), TODAY)).contains(coming);
        assertThat(ContractEnds.upcoming(coming, TODAY)).isTrue();
        assertThat(ContractEnds.upcoming(past, TODAY)).isFalse();
        assertThat(ContractEnds.notable(List.of(term(3, START, null)), TODAY)).isEmpty();
    }
}
