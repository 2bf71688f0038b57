package dev.rapport.platform.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A rate file read whole and checked, not stored yet: what the preview shows and what an import stores. A file
 * with any problem is refused as a whole; the problems are kept up to {@link RateFileReader#MAX_PROBLEMS_KEPT},
 * and {@code problemCount} counts them all.
 *
 * @param layout how the file was written
 * @param rates every rate of the file, in file order
 * @param currencies every currency the rates name
 */
public record RateFile(Layout layout, List<ExchangeRateDraft> rates, SortedSet<String> currencies,
                       Optional<LocalDate> firstDate, Optional<LocalDate> lastDate, List<RateProblem> problems,
                       long problemCount) {

    /** The layouts read. */
    public enum Layout {
        /** The ECB's reference rates ({@code eurofxref-hist.csv}): {@code Date}, then one column of rates per 1 EUR per currency. */
        ECB,
        /** One rate per row: {@code date,base,quote,rate}. */
        LONG,
        /** Neither: nothing could be read. */
        UNKNOWN
    }

    public RateFile {
        rates = List.copyOf(rates);
        problems = List.copyOf(problems);
    }

    /** Whether the file can be imported: it has rates and no problem. */
    public boolean importable() {
        return problemCount == 0 && !rates.isEmpty();
    }
}
