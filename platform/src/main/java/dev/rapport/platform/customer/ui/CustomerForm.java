package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerValidator;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.platform.web.EnumLabels;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Create and edit form of a customer. It only collects input and shows problems: pressing save fires a
 * {@link SaveEvent} with the draft; the view decides what to do with it (the form never calls a service).
 */
public class CustomerForm extends VerticalLayout {

    private static final Pattern LIST_FIELD = Pattern.compile("(emails|phones|addresses)\\[(\\d+)](?:\\.(\\w+))?");

    final RadioButtonGroup<CustomerKind> kind = new RadioButtonGroup<>();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField organisationName = new TextField();
    final Select<LifecycleStage> stage = new Select<>();
    final ComboBox<User> owner = new ComboBox<>();
    final ComboBox<String> preferredLanguage = new ComboBox<>();
    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Checkbox marketingConsent = new Checkbox();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final TextArea notes = new TextArea();
    final RowListEditor<dev.rapport.platform.customer.EmailAddress> emails;
    final RowListEditor<dev.rapport.platform.customer.PhoneNumber> phones;
    final RowListEditor<dev.rapport.platform.customer.PostalAddress> addresses;
    final Button save = new Button();
    final Button cancel = new Button();

    public CustomerForm(List<User> users, List<String> knownTags) {
        setPadding(false);
        kind.setId("kind");
        kind.setLabel(getTranslation("customer.kind"));
        kind.setItems(CustomerKind.values());
        kind.setItemLabelGenerator(EnumLabels.of(this));
        kind.addValueChangeListener(event -> showNameFieldsFor(event.getValue()));

        configureText(firstName, "first-name", "customer.firstName", CustomerValidator.MAX_NAME);
        configureText(lastName, "last-name", "customer.lastName", CustomerValidator.MAX_NAME);
        configureText(organisationName, "organisation-name", "customer.organisationName", CustomerValidator.MAX_ORGANISATION_NAME);
        lastName.setRequiredIndicatorVisible(true);
        organisationName.setRequiredIndicatorVisible(true);

        stage.setId("stage");
        stage.setLabel(getTranslation("customer.stage"));
        stage.setItems(LifecycleStage.values());
        stage.setItemLabelGenerator(EnumLabels.of(this));

        owner.setId("owner");
        owner.setLabel(getTranslation("customer.owner"));
        owner.setItems(users);
        owner.setItemLabelGenerator(User::displayName);
        owner.setClearButtonVisible(true);

        Locale uiLocale = getLocale();
        preferredLanguage.setId("preferred-language");
        preferredLanguage.setLabel(getTranslation("customer.preferredLanguage"));
        CustomerChoices.languages(preferredLanguage, uiLocale);
        preferredLanguage.setRequiredIndicatorVisible(true);

        currency.setId("currency");
        currency.setLabel(getTranslation("customer.currency"));
        CustomerChoices.currencies(currency, uiLocale);
        currency.setRequiredIndicatorVisible(true);

        timeZone.setId("time-zone");
        timeZone.setLabel(getTranslation("customer.timeZone"));
        CustomerChoices.timeZones(timeZone);
        timeZone.setRequiredIndicatorVisible(true);

        marketingConsent.setId("marketing-consent");
        marketingConsent.setLabel(getTranslation("customer.marketingConsent"));

        tags.setId("tags");
        tags.setLabel(getTranslation("customer.tags"));
        tags.setItems(new LinkedHashSet<>(knownTags));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(event -> {
            String tag = event.getDetail().strip();
            if (!tag.isEmpty()) {
                Set<String> items = new LinkedHashSet<>(knownTags);
                items.addAll(tags.getValue());
                items.add(tag);
                tags.setItems(items);
                Set<String> selected = new LinkedHashSet<>(tags.getValue());
                selected.add(tag);
                tags.setValue(selected);
            }
        });

        notes.setId("notes");
        notes.setLabel(getTranslation("customer.notes"));
        notes.setMaxLength(CustomerValidator.MAX_NOTES);
        notes.setWidthFull();

        emails = new RowListEditor<>("emails", getTranslation("customer.emails"), getTranslation("form.addEmail"),
                () -> ContactRows.emailRow(this));
        phones = new RowListEditor<>("phones", getTranslation("customer.phones"), getTranslation("form.addPhone"),
                () -> ContactRows.phoneRow(this));
        addresses = new RowListEditor<>("addresses", getTranslation("customer.addresses"), getTranslation("form.addAddress"),
                () -> new ContactRows.AddressRow(this, getLocale()));

        FormLayout main = new FormLayout();
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        main.add(kind, 2);
        main.add(firstName, lastName);
        main.add(organisationName, 2);
        main.add(stage, owner, preferredLanguage, currency, timeZone, tags, marketingConsent);

        save.setId("save");
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(main);
        save.addClickListener(click -> fireEvent(new SaveEvent(this, draft())));
        save.setDisableOnClick(true);
        cancel.setId("cancel");
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));

        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("form-actions");
        add(main, emails, phones, addresses, notes, actions);
    }

    private void configureText(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private void showNameFieldsFor(CustomerKind value) {
        boolean organisation = value == CustomerKind.ORGANISATION;
        firstName.setVisible(!organisation);
        lastName.setVisible(!organisation);
        organisationName.setVisible(organisation);
    }

    /** Fills the form; {@code owner} must be one of the users given at construction or null. */
    public void setDraft(CustomerDraft draft) {
        kind.setValue(draft.kind());
        showNameFieldsFor(draft.kind());
        firstName.setValue(nullToEmpty(draft.firstName()));
        lastName.setValue(nullToEmpty(draft.lastName()));
        organisationName.setValue(nullToEmpty(draft.organisationName()));
        stage.setValue(draft.stage());
        owner.setValue(draft.ownerId() == null ? null : owner.getListDataView().getItems()
                .filter(user -> user.id() == draft.ownerId()).findFirst().orElse(null));
        preferredLanguage.setValue(draft.preferredLanguage());
        currency.setValue(draft.currency());
        timeZone.setValue(draft.timeZone());
        marketingConsent.setValue(draft.marketingConsent());
        Set<String> allTags = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
        allTags.addAll(draft.tags());
        tags.setItems(allTags);
        tags.setValue(new HashSet<>(draft.tags()));
        notes.setValue(nullToEmpty(draft.notes()));
        emails.setValues(draft.emails());
        phones.setValues(draft.phones());
        addresses.setValues(draft.addresses());
    }

    /** The input as entered, not yet validated. */
    public CustomerDraft draft() {
        return new CustomerDraft(kind.getValue(), firstName.getValue(), lastName.getValue(), organisationName.getValue(),
                stage.getValue(), owner.getValue() == null ? null : owner.getValue().id(), preferredLanguage.getValue(),
                currency.getValue(), timeZone.getValue(), marketingConsent.getValue(), emails.getValues(),
                phones.getValues(), addresses.getValues(), new LinkedHashSet<>(tags.getValue()), notes.getValue());
    }

    /** Shows every problem next to its field; problems without a field go to {@code unplaced}. */
    public List<FieldError> showErrors(List<FieldError> errors) {
        clearErrors();
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("organisationName", organisationName);
        fields.put("stage", stage);
        fields.put("ownerId", owner);
        fields.put("preferredLanguage", preferredLanguage);
        fields.put("currency", currency);
        fields.put("timeZone", timeZone);
        fields.put("tags", tags);
        fields.put("notes", notes);
        List<FieldError> unplaced = new java.util.ArrayList<>();
        for (FieldError error : errors) {
            String message = getTranslation(error.messageKey(), error.arguments().toArray());
            HasValidation field = fields.get(error.field());
            Matcher listField = LIST_FIELD.matcher(error.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (listField.matches()) {
                int index = Integer.parseInt(listField.group(2));
                String part = listField.group(3) == null ? "" : listField.group(3);
                switch (listField.group(1)) {
                    case "emails" -> emails.showError(index, part, message);
                    case "phones" -> phones.showError(index, part, message);
                    default -> addresses.showError(index, part, message);
                }
            } else {
                unplaced.add(error);
            }
        }
        return unplaced;
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(kind, firstName, lastName, organisationName, stage, owner,
                preferredLanguage, currency, timeZone, tags, notes)) {
            field.setInvalid(false);
        }
        emails.clearErrors();
        phones.clearErrors();
        addresses.clearErrors();
    }

    /** Lets the user press save again after the view handled a save. */
    public void saveHandled() {
        save.setEnabled(true);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user wants to save {@code draft}. */
    public static final class SaveEvent extends ComponentEvent<CustomerForm> {
        private final transient CustomerDraft draft;

        SaveEvent(CustomerForm source, CustomerDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public CustomerDraft draft() {
            return draft;
        }
    }

    /** The user gives up editing. */
    public static final class CancelEvent extends ComponentEvent<CustomerForm> {
        CancelEvent(CustomerForm source) {
            super(source, false);
        }
    }
}
