package dev.rapport.platform.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A pair's rate and the day it was fixed for. */
record DatedRate(LocalDate date, BigDecimal rate) {
}
