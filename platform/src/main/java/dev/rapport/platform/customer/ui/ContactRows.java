package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.web.EnumLabels;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

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

    /** A labelled email address: a label and one text input. */
    static RowListEditor.Row<EmailAddress> emailRow(Component translator) {
        EmailField address = new EmailField();
        address.setMaxLength(EmailAddresses.MAX_LENGTH);
        address.setAriaLabel(translator.getTranslation("customer.email"));
        address.addClassName("email-input");
        return new LabelledTextRow<>(labelSelect(translator, ContactLabel.WORK), address, EmailAddress::new,
                EmailAddress::label, EmailAddress::address);
    }

    /** A labelled phone number: a label and one text input. */
    static RowListEditor.Row<PhoneNumber> phoneRow(Component translator) {
        TextField number = new TextField();
        number.setMaxLength(40);
        number.setAriaLabel(translator.getTranslation("customer.phone"));
        number.setPlaceholder("+1 201 555 0123");
        number.addClassName("phone-input");
        return new LabelledTextRow<>(labelSelect(translator, ContactLabel.MOBILE), number, PhoneNumber::new,
                PhoneNumber::label, PhoneNumber::number);
    }

    /** A row of a label choice and one text input whose errors, whatever their part, mark that input. */
    private static final class LabelledTextRow<T, F extends TextFieldBase<F, String>> implements RowListEditor.Row<T> {
        private final Select<ContactLabel> label;
        private final F text;
        private final BiFunction<ContactLabel, String, T> create;
        private final Function<T, ContactLabel> labelOf;
        private final Function<T, String> textOf;
        private final HorizontalLayout layout;

        LabelledTextRow(Select<ContactLabel> label, F text, BiFunction<ContactLabel, String, T> create,
                        Function<T, ContactLabel> labelOf, Function<T, String> textOf) {
            this.label = label;
            this.text = text;
            this.create = create;
            this.labelOf = labelOf;
            this.textOf = textOf;
            layout = new HorizontalLayout(label, text);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.expand(text);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public T value() {
            return create.apply(label.getValue(), text.getValue());
        }

        @Override
        public void value(T value) {
            label.setValue(labelOf.apply(value));
            text.setValue(textOf.apply(value));
        }

        @Override
        public void showError(String part, String message) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        }

        @Override
        public void clearErrors() {
            text.setInvalid(false);
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
