package dev.rapport.plugin.upsell.opportunity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One stage's column of the board: how many open opportunities it holds, their total and weighted total in the
 * reporting currency (those without a rate left out and counted in {@code withoutRate}), and the first cards.
 */
public record BoardColumn(Stage stage, int count, BigDecimal total, BigDecimal weighted, int withoutRate,
                          List<Opportunity> cards) {

    public BoardColumn {
        cards = List.copyOf(cards);
    }
}
