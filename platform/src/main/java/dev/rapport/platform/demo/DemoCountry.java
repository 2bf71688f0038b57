package dev.rapport.platform.demo;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.PostalAddress;
import java.util.Arrays;
import java.util.List;

/**
 * A country demo customers live in: how its people and companies are named, where they live and what
 * they pay with.
 *
 * @param code ISO 3166-1 alpha-2, also the phone region
 * @param languageTag the BCP 47 tag customers of the country prefer
 * @param unitsPerEuro a fixed exchange rate, to price the euro catalogue in the customer's currency
 * @param topLevelDomain of the demo mail domains, such as {@code de} or {@code co.uk}
 */
record DemoCountry(String code, String languageTag, String currency, double unitsPerEuro, String topLevelDomain,
                   People people, Places places, Companies companies) {

    /** Common first and last names, most common first. */
    record People(List<String> firstNames, List<String> lastNames) {
    }

    /**
     * Where addresses are: cities and street names, on which side of the street name the house number goes,
     * and how high house numbers go (American ones count in hundreds per block, European ones one by one).
     */
    record Places(HouseNumber houseNumber, int highestHouseNumber, List<String> streets, List<City> cities) {
    }

    enum HouseNumber {
        BEFORE_STREET, AFTER_STREET
    }

    /**
     * A city with its region and zone. In {@code postalCodePattern} a {@code #} stands for a random digit and
     * a {@code ?} for a random letter.
     */
    record City(String name, String region, String postalCodePattern, String timeZone) {
    }

    /** Company names are "brand or family name, sector, legal form": "Harbor Analytics LLC", "Schmidt Logistik GmbH". */
    record Companies(List<String> brands, List<String> sectors, List<String> legalForms) {
    }

    /** Letters that read well in generated postcodes. */
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** The domains people of this country use for private mail, most common first. */
    List<String> mailDomains() {
        return List.of("example." + topLevelDomain, "mail.example." + topLevelDomain, "example.net");
    }

    /** A city, big cities more often than small ones. */
    City city(DemoRandom random) {
        return random.pickCommon(places.cities());
    }

    PostalAddress address(City city, ContactLabel label, DemoRandom random) {
        String street = random.pick(places.streets());
        // the lower of two draws: low house numbers are more common, as every street has them
        int highest = places.highestHouseNumber();
        String number = Integer.toString(Math.min(random.between(1, highest), random.between(1, highest)));
        String line = places.houseNumber() == HouseNumber.BEFORE_STREET ? number + " " + street : street + " " + number;
        return new PostalAddress(label, line, postalCode(city, random), city.name(), city.region(), code);
    }

    private static String postalCode(City city, DemoRandom random) {
        StringBuilder code = new StringBuilder(city.postalCodePattern().length());
        for (char c : city.postalCodePattern().toCharArray()) {
            code.append(switch (c) {
                case '#' -> (char) ('0' + random.digit());
                case '?' -> POSTCODE_LETTERS.charAt(random.between(0, POSTCODE_LETTERS.length() - 1));
                default -> c;
            });
        }
        return code.toString();
    }

    /** Cities of one time zone, each given as "name|region|postal code pattern". */
    static List<City> cities(String timeZone, String... cities) {
        return Arrays.stream(cities).map(spec -> spec.split("\\|"))
                .map(parts -> new City(parts[0], parts[1], parts[2], timeZone)).toList();
    }
}
