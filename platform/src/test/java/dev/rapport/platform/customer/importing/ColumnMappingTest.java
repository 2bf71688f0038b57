package dev.rapport.platform.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.ContactLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void proposesFieldsFromEnglishHeaders() {
        ColumnMapping mapping = ColumnMapping.propose(List.of("First Name", "last_name", "Company", "Email", "Work Email",
                "Phone", "Street", "ZIP", "City", "State", "Country", "Stage", "Owner", "Language", "Currency",
                "Time zone", "Newsletter", "Tags", "Notes", "Favourite colour"));

        assertThat(mapping.fields()).containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME,
                ImportField.ORGANISATION_NAME, ImportField.EMAIL, ImportField.EMAIL, ImportField.PHONE,
                ImportField.STREET, ImportField.POSTAL_CODE, ImportField.CITY, ImportField.REGION,
                ImportField.COUNTRY_CODE, ImportField.STAGE, ImportField.OWNER, ImportField.PREFERRED_LANGUAGE,
                ImportField.CURRENCY, ImportField.TIME_ZONE, ImportField.MARKETING_CONSENT, ImportField.TAGS,
                ImportField.NOTES, null);
    }

    @Test
    void proposesFieldsFromGermanHeadersIgnoringCaseAndPunctuation() {
        ColumnMapping mapping = ColumnMapping.propose(List.of("VORNAME", "Nachname", "Firma", "E-Mail", "E-Mail 2",
                "Telefon", "Handy", "Fax", "Straße", "PLZ", "Ort", "Land", "Währung", "Bemerkung"));

        assertThat(mapping.fields()).containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME,
                ImportField.ORGANISATION_NAME, ImportField.EMAIL, ImportField.EMAIL, ImportField.PHONE,
                ImportField.PHONE, null, ImportField.STREET, ImportField.POSTAL_CODE, ImportField.CITY,
                ImportField.COUNTRY_CODE, ImportField.CURRENCY, ImportField.NOTES);
        assertThat(mapping.label(6)).isEqualTo(ContactLabel.MOBILE);
        assertThat(mapping.label(3)).isEqualTo(ContactLabel.OTHER);
    }

    @Test
    void aFieldOneColumnMayFillGoesToTheFirstColumnNamingIt() {
        ColumnMapping mapping = ColumnMapping.propose(List.of("Company", "Firma", "Email", "Mail"));

        assertThat(mapping.fields()).containsExactly(ImportField.ORGANISATION_NAME, null, ImportField.EMAIL,
                ImportField.EMAIL);
    }

    @Test
    void changingAColumnMovesAFieldOneColumnMayFill() {
        ColumnMapping mapping = ColumnMapping.propose(List.of("Name", "Company"));

        ColumnMapping changed = mapping.with(0, ImportField.ORGANISATION_NAME);

        assertThat(changed.fields()).containsExactly(ImportField.ORGANISATION_NAME, null);
        assertThat(changed.with(1, ImportField.NOTES).with(0, null).fields()).containsExactly(null, ImportField.NOTES);
    }

    @Test
    void refusesAFieldOneColumnMayFillOnTwoColumns() {
        assertThatThrownBy(() -> new ColumnMapping(List.of("a", "b"),
                Arrays.asList(ImportField.CITY, ImportField.CITY))).isInstanceOf(IllegalArgumentException.class);
    }
}
