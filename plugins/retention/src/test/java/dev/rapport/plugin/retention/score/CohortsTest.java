package dev.rapport.plugin.retention.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Cohort counts on a handful of customers worked out by hand; the run is on 7 December 2026 (its quarter is incomplete). */
class CohortsTest {

    private static final int TODAY = day("2026-12-07");

    @Test
    void customersCountInTheCohortOfTheirFirstPurchaseAndInEachCompleteQuarterTheyBoughtIn() {
        Cohorts cohorts = new Cohorts(6, TODAY);
        cohorts.purchase(0, day("2026-05-01"));
        cohorts.purchase(0, day("2026-01-15"));
        cohorts.purchase(0, day("2026-11-01"));
        cohorts.purchase(1, day("2026-02-10"));
        cohorts.purchase(1, day("2026-08-20"));
        cohorts.purchase(2, day("2026-07-01"));
        cohorts.purchase(3, day("2026-03-03"));
        cohorts.purchase(3, day("2010-01-01"));
        cohorts.purchase(4, day("2020-03-01"));

        Cohorts.Table table = cohorts.table();

        assertThat(table.firstQuarter()).as("2024 Q4").isEqualTo(2024 * 4 + 3);
        assertThat(table.sizes()).containsExactly(0, 0, 0, 0, 0, 2, 0, 1);
        assertThat(table.active()[5]).as("2026 Q1: both bought then, one in Q2, one in Q3; Q4 is not complete")
                .containsExactly(2, 1, 1);
        assertThat(table.active()[7]).as("2026 Q3").containsExactly(1);
        assertThat(table.active()[0]).hasSize(8);
        assertThat(table.share(5, 1)).isEqualTo(0.5);
        assertThat(table.share(5, 3)).as("a quarter not over yet").isNull();
        assertThat(table.share(6, 0)).as("an empty cohort").isNull();
    }

    @Test
    void aRoundTripThroughTheStoredTextKeepsEveryFigure() {
        Cohorts cohorts = new Cohorts(2, TODAY);
        cohorts.purchase(0, day("2025-01-02"));
        cohorts.purchase(0, day("2025-12-24"));
        cohorts.purchase(1, day("2025-02-03"));
        Portfolio portfolio = new Portfolio(2, new double[] {0.5, 0.5}, null, cohorts.table());

        Portfolio read = Portfolio.parse(portfolio.format());

        assertThat(read.customers()).isEqualTo(2);
        assertThat(read.marginShares()).containsExactly(0.5, 0.5);
        assertThat(read.lifetimeValueShares()).isNull();
        assertThat(read.cohorts().sizes()).containsExactly(portfolio.cohorts().sizes());
        assertThat(read.cohorts().active()[1]).as("2025 Q1: both, then one in Q4 (3 quarters later)")
                .containsExactly(2, 0, 0, 1, 0, 0, 0);
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }
}
