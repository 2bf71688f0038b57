package dev.rapport.platform.customer.importing;

import java.util.Set;

/**
 * The customer fields a CSV column can fill, with the header names (normalised: lower case, letters and digits
 * only, umlauts spelt out) that propose them, in English and German.
 */
public enum ImportField {
    KIND(false, "kind", "type", "customertype", "typ", "art", "kundentyp", "kundenart"),
    FIRST_NAME(false, "firstname", "first", "givenname", "forename", "vorname"),
    LAST_NAME(false, "lastname", "last", "surname", "familyname", "nachname", "familienname", "zuname"),
    ORGANISATION_NAME(false, "organisationname", "organizationname", "organisation", "organization", "company",
            "companyname", "account", "accountname", "firma", "firmenname", "unternehmen"),
    EMAIL(true, "email", "mail", "emailaddress", "emailadresse", "mailadresse"),
    PHONE(true, "phone", "phonenumber", "telephone", "tel", "mobile", "cell", "telefon", "telefonnummer", "mobil",
            "handy"),
    STREET(false, "street", "streetaddress", "address", "addressline", "strasse", "adresse", "anschrift"),
    POSTAL_CODE(false, "postalcode", "postcode", "zip", "zipcode", "plz", "postleitzahl"),
    CITY(false, "city", "town", "locality", "ort", "stadt", "wohnort"),
    REGION(false, "region", "state", "province", "county", "bundesland", "kanton"),
    COUNTRY_CODE(false, "countrycode", "country", "land", "laenderkennzeichen", "laendercode"),
    STAGE(false, "stage", "lifecyclestage", "status", "phase"),
    OWNER(false, "owner", "ownerusername", "accountowner", "betreuer", "kundenbetreuer", "zustaendig",
            "verantwortlich"),
    PREFERRED_LANGUAGE(false, "preferredlanguage", "language", "lang", "locale", "sprache"),
    CURRENCY(false, "currency", "waehrung"),
    TIME_ZONE(false, "timezone", "tz", "zeitzone"),
    MARKETING_CONSENT(false, "marketingconsent", "consent", "optin", "emailoptin", "newsletter", "marketing",
            "einwilligung", "werbeeinwilligung"),
    TAGS(true, "tags", "tag", "labels", "schlagworte", "stichworte"),
    NOTES(false, "notes", "note", "comment", "comments", "remarks", "description", "notizen", "notiz", "bemerkung",
            "bemerkungen", "kommentar", "beschreibung");

    private final boolean repeatable;
    private final Set<String> synonyms;

    ImportField(boolean repeatable, String... synonyms) {
        this.repeatable = repeatable;
        this.synonyms = Set.of(synonyms);
    }

    /** Whether several columns may fill this field (emails, phones, tags); others take one column at most. */
    public boolean repeatable() {
        return repeatable;
    }

    boolean isNamed(String normalisedHeader) {
        return synonyms.contains(normalisedHeader);
    }
}
