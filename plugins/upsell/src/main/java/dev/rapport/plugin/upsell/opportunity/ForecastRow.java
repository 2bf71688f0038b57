package dev.rapport.plugin.upsell.opportunity;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The weighted pipeline (reporting currency) of one owner closing in one month. */
public record ForecastRow(YearMonth month, long ownerId, BigDecimal weighted, BigDecimal total, int count) {
}
