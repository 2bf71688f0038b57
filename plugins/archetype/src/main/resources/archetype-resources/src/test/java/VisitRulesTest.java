package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.error.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void theWelcomeVisitIsFiveWorkingDaysAfterTheCustomerWasCreated() {
        assertThat(VisitRules.welcomeVisitDay(MONDAY)).isEqualTo(MONDAY.plusDays(7));
        // Created on a Thursday: Friday, Monday to Thursday are the five working days.
        assertThat(VisitRules.welcomeVisitDay(MONDAY.plusDays(3))).isEqualTo(MONDAY.plusDays(10));
        // Created on a Saturday: the weekend does not count.
        assertThat(VisitRules.welcomeVisitDay(MONDAY.plusDays(5))).isEqualTo(MONDAY.plusDays(11));
    }

    @Test
    void aNoteIsTrimmedAndRequired() {
        assertThat(VisitRules.note("  Talked about the new contract.\n")).isEqualTo("Talked about the new contract.");
        assertThatThrownBy(() -> VisitRules.note("   ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("${pluginId}.note.required"));
    }

    @Test
    void aNoteHasAtMostTheLongestLengthKept() {
        assertThat(VisitRules.note("x".repeat(VisitRules.MAX_NOTE))).hasSize(VisitRules.MAX_NOTE);
        assertThatThrownBy(() -> VisitRules.note("x".repeat(VisitRules.MAX_NOTE + 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("${pluginId}.note.tooLong"));
    }

    @Test
    void aVisitCannotBeRecordedForTomorrow() {
        assertThat(VisitRules.visitDay(MONDAY, MONDAY)).isEqualTo(MONDAY);
        assertThatThrownBy(() -> VisitRules.visitDay(MONDAY.plusDays(1), MONDAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("day"));
        assertThatThrownBy(() -> VisitRules.visitDay(null, MONDAY)).isInstanceOf(ValidationException.class);
    }
}
