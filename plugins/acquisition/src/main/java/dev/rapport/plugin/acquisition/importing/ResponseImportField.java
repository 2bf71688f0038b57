package dev.rapport.plugin.acquisition.importing;

import java.util.List;

/** The columns of a response import, and the header names that map to each by themselves. */
public enum ResponseImportField {
    EMAIL("email", "e mail", "email address", "mail"),
    FIRST_NAME("first name", "firstname", "vorname"),
    LAST_NAME("last name", "lastname", "surname", "name", "nachname"),
    COMPANY("company", "organisation", "organization", "firma"),
    RESPONSE("response", "reaction", "status", "antwort", "reaktion"),
    RESPONDED_ON("date", "responded", "responded on", "responded at", "datum"),
    NOTE("note", "notes", "comment", "bemerkung");

    private final List<String> headerNames;

    ResponseImportField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    public List<String> headerNames() {
        return headerNames;
    }
}
