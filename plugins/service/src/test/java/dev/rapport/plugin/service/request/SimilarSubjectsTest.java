package dev.rapport.plugin.service.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which subjects count as the same problem: the rule behind the likely duplicates. */
class SimilarSubjectsTest {

    @Test
    void replyPrefixesCaseAccentsAndPunctuationDoNotMatter() {
        assertThat(SimilarSubjects.similar("AW: Re: Drucker druckt nicht!", "drucker DRUCKT nicht")).isTrue();
        assertThat(SimilarSubjects.similar("Rückerstattung fehlt", "Ruckerstattung fehlt")).isTrue();
    }

    @Test
    void aShortSubjectWhollyContainedInALongerOneIsSimilar() {
        assertThat(SimilarSubjects.similar("Printer broken", "Printer broken since Monday, please help")).isTrue();
    }

    @Test
    void halfTheWordsSharedIsSimilarLessIsNot() {
        assertThat(SimilarSubjects.similar("card declined online", "card declined abroad")).isTrue(); // 2 of 4 words
        assertThat(SimilarSubjects.similar("card declined at shop", "card declined online")).isFalse(); // 2 of 5
        assertThat(SimilarSubjects.similar("card declined at shop", "card stolen yesterday evening")).isFalse(); // 1 of 8
    }

    @Test
    void oneSharedWordOrATicketNumberAloneIsNotEnough() {
        assertThat(SimilarSubjects.similar("Invoice", "Invoice address wrong")).isFalse();
        assertThat(SimilarSubjects.similar("Ticket #4711", "Ticket #4712")).isTrue();
        assertThat(SimilarSubjects.similar("#4711", "#4711")).isFalse();
        assertThat(SimilarSubjects.similar("", "Printer broken")).isFalse();
    }
}
