package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.web.EnumLabels;
import java.util.Locale;

/** The row editors of the customer form's email, phone and address lists. */
final class ContactRows {

    private ContactRows() {
    }

    private static Select<ContactLabel> labelSelect(Component translator, ContactLabel initial) {
        Select<ContactLabel> label = new Select<>();
        label.setItems(ContactLabel.values());
        label.setItemLabelGenerator(EnumLabels.of(translator));
        label.setValue(initial);
        label.setWidth("9em");
        label.setAriaLabel(translator.getTranslation("form.label"));
        return label;
    }

    static final class EmailRow implements RowListEditor.Row<EmailAddress> {
        private final Select<ContactLabel> label;
        private final EmailField address = new EmailField();
        private final HorizontalLayout layout;

        EmailRow(Component translator) {
            label = labelSelect(translator, ContactLabel.WORK);
            address.setMaxLength(EmailAddresses.MAX_LENGTH);
            address.setAriaLabel(translator.getTranslation("customer.email"));
            address.addClassName("email-input");
            layout = new HorizontalLayout(label, address);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.expand(address);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public EmailAddress value() {
            return new EmailAddress(label.getValue(), address.getValue());
        }

        @Override
        public void value(EmailAddress value) {
            label.setValue(value.label());
            address.setValue(value.address());
        }

        @Override
        public void showError(String part, String message) {
            address.setErrorMessage(message);
            address.setInvalid(true);
        }

        @Override
        public void clearErrors() {
            address.setInvalid(false);
        }
    }

    static final class PhoneRow implements RowListEditor.Row<PhoneNumber> {
        private final Select<ContactLabel> label;
        private final TextField number = new TextField();
        private final HorizontalLayout layout;

        PhoneRow(Component translator) {
            label = labelSelect(translator, ContactLabel.MOBILE);
            number.setMaxLength(40);
            number.setAriaLabel(translator.getTranslation("customer.phone"));
            number.setPlaceholder("+1 201 555 0123");
            number.addClassName("phone-input");
            layout = new HorizontalLayout(label, number);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.expand(number);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public PhoneNumber value() {
            return new PhoneNumber(label.getValue(), number.getValue());
        }

        @Override
        public void value(PhoneNumber value) {
            label.setValue(value.label());
            number.setValue(value.number());
        }

        @Override
        public void showError(String part, String message) {
            number.setErrorMessage(message);
            number.setInvalid(true);
        }

        @Override
        public void clearErrors() {
            number.setInvalid(false);
        }
    }

    static final class AddressRow implements RowListEditor.Row<PostalAddress> {
        private final Select<ContactLabel> label;
        private final TextField street = new TextField();
        private final TextField postalCode = new TextField();
        private final TextField city = new TextField();
        private final TextField region = new TextField();
        private final ComboBox<String> country = new ComboBox<>();
        private final HorizontalLayout layout;

        AddressRow(Component translator, Locale locale) {
            label = labelSelect(translator, ContactLabel.WORK);
            street.setPlaceholder(translator.getTranslation("address.street"));
            street.setAriaLabel(translator.getTranslation("address.street"));
            street.setMaxLength(200);
            postalCode.setPlaceholder(translator.getTranslation("address.postalCode"));
            postalCode.setAriaLabel(translator.getTranslation("address.postalCode"));
            postalCode.setMaxLength(20);
            postalCode.setWidth("8em");
            city.setPlaceholder(translator.getTranslation("address.city"));
            city.setAriaLabel(translator.getTranslation("address.city"));
            city.setMaxLength(100);
            region.setPlaceholder(translator.getTranslation("address.region"));
            region.setAriaLabel(translator.getTranslation("address.region"));
            region.setMaxLength(100);
            CustomerChoices.countries(country, locale);
            country.setPlaceholder(translator.getTranslation("address.country"));
            country.setAriaLabel(translator.getTranslation("address.country"));
            layout = new HorizontalLayout(label, street, postalCode, city, region, country);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName(LumoUtility.FlexWrap.WRAP);
            layout.expand(street);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public PostalAddress value() {
            return new PostalAddress(label.getValue(), street.getValue(), postalCode.getValue(), city.getValue(),
                    region.getValue(), country.getValue());
        }

        @Override
        public void value(PostalAddress value) {
            label.setValue(value.label());
            street.setValue(nullToEmpty(value.street()));
            postalCode.setValue(nullToEmpty(value.postalCode()));
            city.setValue(nullToEmpty(value.city()));
            region.setValue(nullToEmpty(value.region()));
            country.setValue(value.countryCode());
        }

        @Override
        public void showError(String part, String message) {
            var field = switch (part) {
                case "postalCode" -> postalCode;
                case "city" -> city;
                case "region" -> region;
                case "countryCode" -> null;
                default -> street;
            };
            if (field == null) {
                country.setErrorMessage(message);
                country.setInvalid(true);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }

        @Override
        public void clearErrors() {
            street.setInvalid(false);
            postalCode.setInvalid(false);
            city.setInvalid(false);
            region.setInvalid(false);
            country.setInvalid(false);
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
