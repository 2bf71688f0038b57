package dev.rapport.platform.money;

import dev.rapport.platform.customer.importing.CsvTable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads a CSV file of exchange rates in one of two layouts, told apart by the header:
 * <ul>
 * <li>the ECB's euro foreign exchange reference rates ({@code eurofxref-hist.csv}, {@code eurofxref.csv}):
 *     {@code Date}, then one column per currency with its rate per 1 EUR; {@code N/A} or an empty cell where the
 *     currency had no rate that day; a trailing empty column is ignored;</li>
 * <li>the long layout {@code date,base,quote,rate} (in any column order): one rate per row.</li>
 * </ul>
 * Dates are ISO ({@code 2024-01-05}) or as the ECB's daily file writes them ({@code 5 January 2024}); numbers use a
 * decimal point. Every row is checked, and each problem names its row (the header is row 1).
 */
public final class RateFileReader {

    static final int MAX_PROBLEMS_KEPT = 100;
    private static final String NOT_AVAILABLE = "N/A";
    private static final List<String> LONG_COLUMNS = List.of("date", "base", "quote", "rate");
    private static final DateTimeFormatter ECB_DAILY_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** DECIMAL(24,10): 14 places before the point, 10 after. */
    private static final BigDecimal RATE_LIMIT = BigDecimal.TEN.pow(14);
    private static final int MAX_RATE_PLACES = 10;

    private final List<ExchangeRateDraft> rates = new ArrayList<>();
    private final SortedSet<String> currencies = new TreeSet<>();
    private final List<RateProblem> problems = new ArrayList<>();
    private final Map<ExchangeRateDraft, Long> rowOfKey = new HashMap<>();
    private long problemCount;
    private LocalDate first;
    private LocalDate last;

    private RateFileReader() {
    }

    /**
     * Reads and checks {@code csv}.
     *
     * @throws dev.rapport.platform.customer.importing.UnreadableCsvException if it is not CSV text in UTF-8
     */
    public static RateFile read(InputStream csv) {
        return new RateFileReader().readAll(csv);
    }

    private RateFile readAll(InputStream csv) {
        RateFile.Layout layout;
        try (CsvTable table = CsvTable.open(csv)) {
            List<String> header = table.header();
            if (isEcb(header)) {
                layout = RateFile.Layout.ECB;
                readEcb(table, header);
            } else if (isLong(header)) {
                layout = RateFile.Layout.LONG;
                readLong(table, header);
            } else {
                layout = RateFile.Layout.UNKNOWN;
                problem(RateProblem.of(1, "rates.csv.unknownLayout"));
            }
        }
        if (layout != RateFile.Layout.UNKNOWN && rates.isEmpty() && problemCount == 0) {
            problem(RateProblem.of(1, "rates.csv.empty"));
        }
        return new RateFile(layout, rates, currencies, Optional.ofNullable(first), Optional.ofNullable(last), problems,
                problemCount);
    }

    private static boolean isEcb(List<String> header) {
        return header.size() > 1 && header.getFirst().equalsIgnoreCase("Date")
                && header.stream().skip(1).noneMatch(cell -> LONG_COLUMNS.contains(cell.toLowerCase(Locale.ROOT)));
    }

    private static boolean isLong(List<String> header) {
        return header.stream().map(cell -> cell.toLowerCase(Locale.ROOT)).toList().containsAll(LONG_COLUMNS);
    }

    private void readEcb(CsvTable table, List<String> header) {
        String[] columnCurrency = new String[header.size()];
        for (int column = 1; column < header.size(); column++) {
            String code = header.get(column);
            if (code.isEmpty()) {
                continue;
            }
            if (currency(code).isEmpty() || code.equals(RateConverter.EURO)) {
                problem(RateProblem.of(1, "rates.csv.unknownCurrency", code));
            } else {
                columnCurrency[column] = code;
            }
        }
        for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
            if (row.cells().size() != header.size()) {
                problem(RateProblem.of(row.number(), "rates.csv.cellCount", row.cells().size(), header.size()));
                continue;
            }
            Optional<LocalDate> date = date(row, row.cells().getFirst());
            for (int column = 1; column < columnCurrency.length; column++) {
                String cell = row.cells().get(column).strip();
                if (columnCurrency[column] != null && !cell.isEmpty() && !cell.equalsIgnoreCase(NOT_AVAILABLE)) {
                    Optional<BigDecimal> rate = rate(row, header.get(column), cell);
                    if (date.isPresent() && rate.isPresent()) {
                        add(row.number(), new ExchangeRateDraft(date.get(), RateConverter.EURO, columnCurrency[column],
                                rate.get()));
                    }
                }
            }
        }
    }

    private void readLong(CsvTable table, List<String> header) {
        int[] columns = LONG_COLUMNS.stream().mapToInt(name -> indexOf(header, name)).toArray();
        for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
            if (row.cells().size() != header.size()) {
                problem(RateProblem.of(row.number(), "rates.csv.cellCount", row.cells().size(), header.size()));
                continue;
            }
            Optional<LocalDate> date = date(row, row.cells().get(columns[0]));
            Optional<String> base = currencyOfRow(row, row.cells().get(columns[1]));
            Optional<String> quote = currencyOfRow(row, row.cells().get(columns[2]));
            Optional<BigDecimal> rate = rate(row, header.get(columns[3]), row.cells().get(columns[3]).strip());
            if (base.isPresent() && base.equals(quote)) {
                problem(RateProblem.of(row.number(), "rates.csv.sameCurrency", base.get()));
            } else if (date.isPresent() && base.isPresent() && quote.isPresent() && rate.isPresent()) {
                add(row.number(), new ExchangeRateDraft(date.get(), base.get(), quote.get(), rate.get()));
            }
        }
    }

    private void add(long row, ExchangeRateDraft rate) {
        ExchangeRateDraft key = new ExchangeRateDraft(rate.date(), rate.base(), rate.quote(), null);
        Long earlier = rowOfKey.putIfAbsent(key, row);
        if (earlier != null) {
            problem(RateProblem.of(row, "rates.csv.repeated", rate.base(), rate.quote(), rate.date(), earlier));
            return;
        }
        rates.add(rate);
        currencies.add(rate.base());
        currencies.add(rate.quote());
        first = first == null || rate.date().isBefore(first) ? rate.date() : first;
        last = last == null || rate.date().isAfter(last) ? rate.date() : last;
    }

    private Optional<LocalDate> date(CsvTable.Row row, String cell) {
        String text = cell.strip();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDate.parse(text, ECB_DAILY_DATE));
            } catch (DateTimeParseException notEcb) {
                problem(RateProblem.of(row.number(), "rates.csv.badDate", text));
                return Optional.empty();
            }
        }
    }

    private Optional<BigDecimal> rate(CsvTable.Row row, String column, String cell) {
        BigDecimal rate;
        try {
            rate = new BigDecimal(cell);
        } catch (NumberFormatException e) {
            problem(RateProblem.of(row.number(), "rates.csv.badNumber", column, cell));
            return Optional.empty();
        }
        if (!isStorable(rate)) {
            problem(RateProblem.of(row.number(), "rates.csv.outOfRange", column, cell));
            return Optional.empty();
        }
        return Optional.of(rate);
    }

    /** Whether the database keeps {@code rate} exactly: above zero, below 10^14, at most 10 decimal places. */
    static boolean isStorable(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return rate.signum() > 0 && rate.compareTo(RATE_LIMIT) < 0 && stripped.scale() <= MAX_RATE_PLACES;
    }

    private Optional<String> currencyOfRow(CsvTable.Row row, String cell) {
        String code = cell.strip();
        Optional<String> currency = currency(code);
        if (currency.isEmpty()) {
            problem(RateProblem.of(row.number(), "rates.csv.unknownCurrency", code));
        }
        return currency;
    }

    /** {@code code} in upper case when it is an ISO 4217 code. */
    static Optional<String> currency(String code) {
        if (code == null || code.length() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void problem(RateProblem problem) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalStateException("The long layout has no column " + name);
    }
}
