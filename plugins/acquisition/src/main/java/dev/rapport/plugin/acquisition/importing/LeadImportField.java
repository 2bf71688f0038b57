package dev.rapport.plugin.acquisition.importing;

import java.util.List;

/** The lead fields a CSV column can fill, and the header names that map to each by themselves. */
public enum LeadImportField {
    FIRST_NAME("first name", "firstname", "given name", "vorname"),
    LAST_NAME("last name", "lastname", "surname", "family name", "name", "nachname"),
    COMPANY("company", "organisation", "organization", "firma", "unternehmen"),
    JOB_TITLE("job title", "title", "position", "funktion"),
    EMAIL("email", "e mail", "email address", "mail"),
    PHONE("phone", "telephone", "phone number", "mobile", "telefon"),
    STREET("street", "address", "strasse"),
    POSTAL_CODE("postal code", "zip", "zip code", "postcode", "plz"),
    CITY("city", "town", "ort", "stadt"),
    COUNTRY("country", "country code", "land"),
    LANGUAGE("language", "sprache"),
    CONSENT("consent", "marketing consent", "opt in", "einwilligung"),
    INTEREST("interest", "product", "products", "interesse"),
    SOURCE_DETAIL("source", "source detail", "quelle"),
    NOTES("notes", "note", "comment", "message", "notiz", "bemerkung");

    private final List<String> headerNames;

    LeadImportField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    public List<String> headerNames() {
        return headerNames;
    }
}
