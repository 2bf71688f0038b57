package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;

/** The choices of a customer's coded fields, named in the user's language: the same lists wherever they are picked. */
public final class CustomerChoices {

    private CustomerChoices() {
    }

    /** BCP 47 tags of the languages Java knows, as "German (Switzerland) (de-CH)". */
    public static void languages(ComboBox<String> box, Locale uiLocale) {
        box.setItems(Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> !l.getLanguage().isEmpty() && l.getVariant().isEmpty() && l.getScript().isEmpty())
                .map(Locale::toLanguageTag).distinct()
                .sorted(Comparator.comparing(tag -> Locale.forLanguageTag(tag).getDisplayName(uiLocale)))
                .toList());
        box.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayName(uiLocale) + " (" + tag + ")");
    }

    /** ISO 4217 codes, as "EUR – Euro". */
    public static void currencies(ComboBox<String> box, Locale uiLocale) {
        box.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        box.setItemLabelGenerator(code -> code + " – " + Currency.getInstance(code).getDisplayName(uiLocale));
    }

    /** IANA zone ids of regions ("Europe/Berlin") and UTC. */
    public static void timeZones(ComboBox<String> box) {
        box.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") || zone.equals("UTC")).sorted().toList());
    }

    /** ISO 3166 alpha-2 codes, shown as country names. */
    public static void countries(ComboBox<String> box, Locale uiLocale) {
        box.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(uiLocale))).toList());
        box.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(uiLocale));
    }
}
