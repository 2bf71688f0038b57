package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The master data of a customer, read-only (the edit view changes it). */
final class CustomerDetails extends FormLayout {

    private final Formats formats;
    private final UserDirectory users;

    CustomerDetails(Formats formats, UserDirectory users) {
        this.formats = formats;
        this.users = users;
        setId("customer-details");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void show(Customer customer) {
        removeAll();
        CustomerDraft details = customer.details();
        Locale locale = formats.locale();
        item("customer.emails", details.emails().stream()
                .map(e -> e.address() + " (" + getTranslation(EnumLabels.key(e.label())) + ")").collect(Collectors.joining("\n")));
        item("customer.phones", details.phones().stream()
                .map(p -> p.number() + " (" + getTranslation(EnumLabels.key(p.label())) + ")").collect(Collectors.joining("\n")));
        item("customer.addresses", details.addresses().stream().map(this::address).collect(Collectors.joining("\n\n")));
        item("customer.preferredLanguage", Locale.forLanguageTag(details.preferredLanguage()).getDisplayName(locale));
        item("customer.currency", details.currency() + " – " + Currency.getInstance(details.currency()).getDisplayName(locale));
        item("customer.timeZone", details.timeZone() + " (" + ZoneId.of(details.timeZone())
                .getDisplayName(java.time.format.TextStyle.FULL, locale) + ")");
        item("customer.marketingConsent", details.marketingConsent()
                ? getTranslation("customer360.consentGiven", formats.dateTime(customer.consentChangedAt()))
                : getTranslation("customer360.consentNotGiven"));
        item("customer.owner", details.ownerId() == null ? "" : users.find(details.ownerId()).map(User::displayName).orElse(""));
        item("customer.created", formats.dateTime(customer.createdAt()));
        item("customer.updated", formats.dateTime(customer.updatedAt()) + (customer.updatedBy() == null ? ""
                : " · " + users.find(customer.updatedBy()).map(User::displayName).orElse("")));
        item("customer.notes", details.notes() == null ? "" : details.notes());
    }

    private String address(PostalAddress address) {
        return Stream.of(address.street(),
                        Stream.of(address.postalCode(), address.city()).filter(v -> v != null && !v.isBlank())
                                .collect(Collectors.joining(" ")),
                        address.region(), Locale.of("", address.countryCode()).getDisplayCountry(formats.locale()))
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
    }

    private void item(String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.getStyle().set("white-space", "pre-line");
        Div content = new Div(text);
        content.setId("detail-" + labelKey.substring(labelKey.indexOf('.') + 1));
        Component field = content;
        addFormItem(field, getTranslation(labelKey));
    }
}
