package dev.rapport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The CSV file of the import benchmark: N customers as a CRM export has them (names, company, email, mobile
 * number, postal address, language, currency, time zone, stage, tags, notes), generated from a seed. Every row is
 * a pure function of its index, so the file can be written, and its rows classified, without holding it:
 * <ul>
 *   <li>2 % invalid: an email address without @, a phone number too short, no last name, an unknown country;</li>
 *   <li>1.5 % the email address or phone number of a customer already stored;</li>
 *   <li>1.5 % the email address or phone number of an earlier row of the file that is imported;</li>
 *   <li>the rest new customers, whose addresses and numbers are unique and never met in the generated data
 *       (local parts with two dots, mobile ranges the generator does not use).</li>
 * </ul>
 * Values hold no comma and no quote, so the raw JDBC baseline may split lines without a CSV parser.
 */
final class ImportCsv {

    static final String HEADER = "First name,Last name,Company,Email,Mobile,Street,Postal code,City,Country,"
            + "Language,Currency,Time zone,Stage,Tags,Notes";
    static final int COLUMNS = HEADER.split(",").length;

    /** What a row is made to be; only {@link #NEW} rows are imported. */
    enum Kind {
        NEW, INVALID_EMAIL, INVALID_PHONE, MISSING_LAST_NAME, UNKNOWN_COUNTRY,
        EXISTING_EMAIL, EXISTING_PHONE, REPEATED_EMAIL, REPEATED_PHONE;

        boolean invalid() {
            return this == INVALID_EMAIL || this == INVALID_PHONE || this == MISSING_LAST_NAME || this == UNKNOWN_COUNTRY;
        }

        boolean duplicate() {
            return this == EXISTING_EMAIL || this == EXISTING_PHONE || this == REPEATED_EMAIL || this == REPEATED_PHONE;
        }
    }

    /** How many rows of each outcome the file holds. */
    record Expected(long rows, long imported, long duplicates, long invalid) {
    }

    /** Email addresses and phone numbers (as +digits) of customers already stored, for the duplicate rows. */
    record Existing(List<String> emails, List<String> phones) {
    }

    private record Country(List<String> names, String language, String currency, String timeZone, String callingCode,
                           List<String> mailDomains, String companyDomain, List<String> companySuffixes,
                           List<String> firstNames, List<String> lastNames, List<String> streets, List<String[]> cities) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country(List.of("DE", "DE", "Germany", "Deutschland"), "de", "EUR", "Europe/Berlin", "49",
                    List.of("mail.example.de", "web.example.de", "posteo.example.de"), "example.de",
                    List.of("GmbH", "AG", "KG", "Logistik GmbH", "Consulting"),
                    List.of("Anna", "Lukas", "Sophie", "Jürgen", "Marie", "Felix", "Lea", "Jonas", "Hannah", "Paul",
                            "Greta", "Tobias"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                            "Schäfer", "Koch", "Bauer", "Groß"),
                    List.of("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee", "Am Markt"),
                    List.<String[]>of(new String[] {"10115", "Berlin"}, new String[] {"20095", "Hamburg"},
                            new String[] {"80331", "München"}, new String[] {"50667", "Köln"},
                            new String[] {"60311", "Frankfurt am Main"})),
            new Country(List.of("US", "US", "United States"), "en-US", "USD", "America/New_York", "1",
                    List.of("mail.example.com", "inbox.example.com"), "example.com",
                    List.of("Inc", "LLC", "Corp", "Partners"),
                    List.of("James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Emily",
                            "Daniel"),
                    List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
                            "Rodriguez", "Wilson"),
                    List.of("Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane", "Park Road"),
                    List.<String[]>of(new String[] {"94103", "San Francisco"}, new String[] {"60601", "Chicago"},
                            new String[] {"02108", "Boston"}, new String[] {"77002", "Houston"})),
            new Country(List.of("GB", "United Kingdom"), "en-GB", "GBP", "Europe/London", "44",
                    List.of("mail.example.co.uk"), "example.co.uk", List.of("Ltd", "plc", "Trading Ltd"),
                    List.of("Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Freya"),
                    List.of("Taylor", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "O'Brien"),
                    List.of("High Street", "Station Road", "Church Lane", "Victoria Road"),
                    List.<String[]>of(new String[] {"SW1A 1AA", "London"}, new String[] {"M1 1AE", "Manchester"},
                            new String[] {"LS1 4DY", "Leeds"})),
            new Country(List.of("FR", "France"), "fr", "EUR", "Europe/Paris", "33",
                    List.of("mail.example.fr", "courriel.example.fr"), "example.fr", List.of("SARL", "SA", "SAS"),
                    List.of("Camille", "Louis", "Léa", "Hugo", "Chloé", "Gabriel", "Manon", "Jules"),
                    List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"),
                    List.of("Rue de la Paix", "Avenue Victor Hugo", "Rue du Moulin", "Boulevard Voltaire"),
                    List.<String[]>of(new String[] {"75001", "Paris"}, new String[] {"69001", "Lyon"},
                            new String[] {"13001", "Marseille"})));
    private static final int[] COUNTRY_WEIGHTS = {50, 25, 15, 10};
    private static final String[] US_AREA_CODES = {"415", "312", "617", "713"};
    private static final String[] STAGES = {"", "", "Lead", "Prospect", "Customer", "Kunde"};
    private static final String[] NOTES = {"Met at the trade fair", "Asked for a quote in spring",
            "Prefers contact by email", "Newsletter sign-up from the web shop"};
    /** Rows an earlier row is looked for among, when a row repeats one's email address or phone number. */
    private static final int REPEAT_WINDOW = 1000;

    private final int rows;
    private final long seed;
    private final Existing existing;

    ImportCsv(int rows, long seed, Existing existing) {
        this.rows = rows;
        this.seed = seed;
        this.existing = existing;
    }

    int rows() {
        return rows;
    }

    /** Writes the header and every row to {@code file}; returns what the import should make of them. */
    Expected write(Path file) throws IOException {
        long duplicates = 0;
        long invalid = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int index = 0; index < rows; index++) {
                Kind kind = kind(index);
                duplicates += kind.duplicate() ? 1 : 0;
                invalid += kind.invalid() ? 1 : 0;
                out.write(String.join(",", cells(index)));
                out.write('\n');
            }
        }
        return new Expected(rows, rows - duplicates - invalid, duplicates, invalid);
    }

    /** What row {@code index} (0 is the first data row) is made to be. */
    Kind kind(int index) {
        if (existing.emails().isEmpty() || existing.phones().isEmpty()) {
            return Kind.NEW;
        }
        int draw = random(index, 0).nextInt(1000);
        if (draw < 8) {
            return Kind.INVALID_EMAIL;
        } else if (draw < 13) {
            return Kind.INVALID_PHONE;
        } else if (draw < 17) {
            return Kind.MISSING_LAST_NAME;
        } else if (draw < 20) {
            return Kind.UNKNOWN_COUNTRY;
        } else if (draw < 30) {
            return Kind.EXISTING_EMAIL;
        } else if (draw < 35) {
            return Kind.EXISTING_PHONE;
        } else if (draw < 45) {
            return repeated(index) < 0 ? Kind.NEW : Kind.REPEATED_EMAIL;
        } else if (draw < 50) {
            return repeated(index) < 0 ? Kind.NEW : Kind.REPEATED_PHONE;
        }
        return Kind.NEW;
    }

    /** The cells of row {@code index}, in the order of {@link #HEADER}. */
    String[] cells(int index) {
        SplittableRandom random = random(index, 1);
        Kind kind = kind(index);
        Country country = country(random);
        boolean organisation = kind != Kind.MISSING_LAST_NAME && random.nextInt(100) < 15;
        String firstName = pick(random, country.firstNames());
        String lastName = pick(random, country.lastNames());
        String company = organisation ? lastName + " " + pick(random, country.companySuffixes()) : "";
        String email = organisation
                ? "info." + fold(lastName) + "." + Integer.toString(index, 36) + "@" + fold(company) + "."
                        + country.companyDomain()
                : fold(firstName) + "." + fold(lastName) + "." + Integer.toString(index, 36) + "@"
                        + pick(random, country.mailDomains());
        String phone = mobile(country, index, random.nextBoolean());
        String[] city = country.cities().get(random.nextInt(country.cities().size()));
        String[] cells = {
                organisation ? "" : firstName,
                organisation || kind == Kind.MISSING_LAST_NAME ? "" : lastName,
                company,
                email,
                phone,
                pick(random, country.streets()) + " " + (1 + random.nextInt(180)),
                city[0],
                city[1],
                kind == Kind.UNKNOWN_COUNTRY ? "Atlantis" : pick(random, country.names()),
                country.language(),
                country.currency(),
                country.timeZone(),
                STAGES[random.nextInt(STAGES.length)],
                random.nextInt(4) == 0 ? "import-2026|newsletter" : "import-2026",
                random.nextInt(10) == 0 ? NOTES[random.nextInt(NOTES.length)] : ""};
        switch (kind) {
            case INVALID_EMAIL -> cells[3] = email.replace("@", "-at-");
            case INVALID_PHONE -> cells[4] = "12 34";
            case EXISTING_EMAIL -> cells[3] = existing.emails().get(random.nextInt(existing.emails().size()));
            case EXISTING_PHONE -> cells[4] = existing.phones().get(random.nextInt(existing.phones().size()));
            case REPEATED_EMAIL -> cells[3] = cells(repeated(index))[3];
            // in international form: written as dialled at home, it would be another number in this row's country
            case REPEATED_PHONE -> cells[4] = mobile(country(random(repeated(index), 1)), repeated(index), true);
            default -> { }
        }
        return cells;
    }

    /** The calling code of the country a {@code Country} cell names, for the raw baseline's digits. */
    static String callingCode(String countryCell) {
        return country(countryCell).callingCode();
    }

    /** The ISO code of the country a {@code Country} cell names. */
    static String countryCode(String countryCell) {
        return country(countryCell).names().getFirst();
    }

    private static Country country(String countryCell) {
        return COUNTRIES.stream().filter(country -> country.names().contains(countryCell)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a country of the file: " + countryCell));
    }

    /**
     * A mobile number no other row has, international or as dialled at home: the index is the subscriber number
     * (the generated data's numbers are fixed-line, and its US numbers start with 2).
     */
    private static String mobile(Country country, int index, boolean international) {
        return switch (country.callingCode()) {
            case "49" -> (international ? "+49 151 " : "0151 ") + String.format(Locale.ROOT, "%08d", index);
            case "33" -> (international ? "+33 6 " : "06 ") + String.format(Locale.ROOT, "%08d", index);
            case "44" -> (international ? "+44 7400 " : "07400 ") + String.format(Locale.ROOT, "%06d", index);
            default -> (international ? "+1 " : "") + String.format(Locale.ROOT, "(%s) %03d-%04d",
                    US_AREA_CODES[index % US_AREA_CODES.length], 200 + index / 10_000 % 800, index % 10_000);
        };
    }

    /** The country of a row: the first draw of its stream of cells. */
    private static Country country(SplittableRandom cellsRandom) {
        return COUNTRIES.get(weighted(cellsRandom, COUNTRY_WEIGHTS));
    }

    /** An earlier row that is imported, for a row to repeat; -1 when there is none in reach. */
    private int repeated(int index) {
        int start = index - 1 - random(index, 2).nextInt(Math.min(index, REPEAT_WINDOW) + 1);
        for (int earlier = start; earlier >= 0 && earlier > index - REPEAT_WINDOW; earlier--) {
            if (kind(earlier) == Kind.NEW) {
                return earlier;
            }
        }
        return -1;
    }

    private SplittableRandom random(int index, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 31L + stream);
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** "Müller" gives "mueller", "O'Brien" gives "obrien", "Chloé" gives "chloe": ASCII for addresses. */
    private static String fold(String name) {
        String spelledOut = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return Normalizer.normalize(spelledOut, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
