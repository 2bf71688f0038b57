package dev.rapport.plugin.retention.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quintile scores and the named classes on values worked out by hand. */
class RfmTest {

    @Test
    void tenDistinctValuesGiveTwoPerScore() {
        double[] values = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        Quintiles quintiles = Quintiles.of(values, values.length);
        // sorted 1..10, cut points at positions 2, 4, 6, 8: the values 3, 5, 7, 9
        assertThat(quintiles.cuts()).containsExactly(3, 5, 7, 9);
        assertThat(quintiles.score(1)).isEqualTo(1);
        assertThat(quintiles.score(3)).isEqualTo(1);
        assertThat(quintiles.score(4)).isEqualTo(2);
        assertThat(quintiles.score(10)).isEqualTo(5);
        assertThat(Quintiles.parse(quintiles.format()).cuts()).containsExactly(3, 5, 7, 9);
    }

    @Test
    void tiesStayTogether() {
        double[] purchases = {1, 1, 1, 1, 1, 1, 2, 2, 3, 8};
        Quintiles quintiles = Quintiles.of(purchases, purchases.length);
        // cut points at positions 2, 4, 6, 8 of the sorted values: 1, 1, 2, 3
        assertThat(quintiles.cuts()).containsExactly(1, 1, 2, 3);
        assertThat(quintiles.score(1)).as("the many one-time buyers share the lowest score").isEqualTo(1);
        assertThat(quintiles.score(2)).isEqualTo(3);
        assertThat(quintiles.score(3)).isEqualTo(4);
        assertThat(quintiles.score(8)).isEqualTo(5);
    }

    @Test
    void theGridNamesTheClasses() {
        assertThat(RfmClass.of(5, 5)).isEqualTo(RfmClass.CHAMPIONS);
        assertThat(RfmClass.of(4, 5)).isEqualTo(RfmClass.CHAMPIONS);
        assertThat(RfmClass.of(3, 4)).isEqualTo(RfmClass.LOYAL);
        assertThat(RfmClass.of(5, 1)).isEqualTo(RfmClass.NEW_CUSTOMERS);
        assertThat(RfmClass.of(4, 1)).isEqualTo(RfmClass.PROMISING);
        assertThat(RfmClass.of(3, 3)).isEqualTo(RfmClass.NEED_ATTENTION);
        assertThat(RfmClass.of(3, 1)).isEqualTo(RfmClass.ABOUT_TO_SLEEP);
        assertThat(RfmClass.of(1, 4)).isEqualTo(RfmClass.AT_RISK);
        assertThat(RfmClass.of(2, 5)).isEqualTo(RfmClass.CANNOT_LOSE);
        assertThat(RfmClass.of(1, 1)).isEqualTo(RfmClass.HIBERNATING);
        assertThat(RfmClass.frequencyMonetary(4, 5)).isEqualTo(5);
        assertThat(RfmClass.frequencyMonetary(2, 3)).isEqualTo(3);
        assertThat(RfmClass.ofValue("at-risk")).isEqualTo(RfmClass.AT_RISK);
    }
}
