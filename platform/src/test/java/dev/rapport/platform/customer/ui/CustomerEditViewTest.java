package dev.rapport.platform.customer.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.RadioButtonsKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.customer.CustomerValidator;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.security.AccessDeniedView;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerEditViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final String lastName = unique("Edit");

    @Test
    void createsAPersonFromTheFormAndOpensTheir360View() {
        ui.open("customers/new");
        _setValue(textField("first-name"), "Jane");
        _setValue(textField("last-name"), lastName);
        selectByLabel(select("stage"), "Customer");
        selectByLabel(comboBox("preferred-language"), "German (de)");
        selectByLabel(comboBox("currency"), "EUR – Euro");
        selectByLabel(comboBox("time-zone"), "Europe/Berlin");
        _setValue(_get(Checkbox.class, spec -> spec.withId("marketing-consent")), true);
        MultiSelectComboBox<?> tags = _get(MultiSelectComboBox.class, spec -> spec.withId("tags"));
        _fireEvent(tags, new ComboBoxBase.CustomValueSetEvent<>(tags, true, "trade fair"));
        _setValue(_get(TextArea.class, spec -> spec.withId("notes")), "Wants a demo.");
        _click(button("emails-add"));
        _setValue(_get(list("emails"), EmailField.class), "Jane@Example.COM");
        _click(button("phones-add"));
        _setValue(_get(list("phones"), TextField.class), "+49 30 901820");
        _click(button("addresses-add"));
        _setValue(_get(list("addresses"), TextField.class, spec -> spec.withPlaceholder("Street and number")), "Unter den Linden 1");
        _setValue(_get(list("addresses"), TextField.class, spec -> spec.withPlaceholder("Postal code")), "10117");
        _setValue(_get(list("addresses"), TextField.class, spec -> spec.withPlaceholder("City")), "Berlin");
        selectByLabel(_get(list("addresses"), ComboBox.class), "Germany");
        _click(button("save"));

        List<CustomerSummary> hits = ui.kernel().customers.search(lastName, 5);
        assertThat(hits).hasSize(1);
        Customer stored = ui.kernel().customers.get(hits.getFirst().id());
        assertThat(stored.details()).isEqualTo(new CustomerDraft(CustomerKind.PERSON, "Jane", lastName, null,
                LifecycleStage.CUSTOMER, ui.actor().userId(), "de", "EUR", "Europe/Berlin", true,
                List.of(new EmailAddress(ContactLabel.WORK, "Jane@example.com")),
                List.of(new PhoneNumber(ContactLabel.MOBILE, "+49 30 901820")),
                List.of(new PostalAddress(ContactLabel.WORK, "Unter den Linden 1", "10117", "Berlin", null, "DE")),
                Set.of("trade fair"), "Wants a demo."));
        assertThat(getCurrentView()).isEqualTo(Customer360View.class);
        assertThat(getCurrentPath()).isEqualTo("customers/" + stored.id());
    }

    @Test
    void showsProblemsOnTheirFieldsAndStoresNothing() {
        ui.open("customers/new");
        _setValue(textField("first-name"), "Jane");
        _setValue(textField("last-name"), lastName + "x".repeat(CustomerValidator.MAX_NAME));
        _click(button("emails-add"));
        _setValue(_get(list("emails"), EmailField.class), "jane@");
        _click(button("save"));

        _expectInvalid(textField("last-name"), "At most 100 characters.");
        _expectInvalid(_get(list("emails"), EmailField.class), "'jane@' is not a valid email address.");
        _expectValid(textField("first-name"));
        expectNotifications("Not saved: please correct the marked fields.");
        assertThat(ui.kernel().customers.search(lastName, 5)).isEmpty();
        assertThat(getCurrentView()).isEqualTo(CustomerEditView.class);
        assertThat(button("save").isEnabled()).as("save can be pressed again").isTrue();
    }

    @Test
    void aSuccessfulSaveClosesTheEarlierRefusal() {
        ui.open("customers/new");
        _setValue(textField("first-name"), "Jane");
        _setValue(textField("last-name"), lastName + "x".repeat(CustomerValidator.MAX_NAME));
        _click(button("save"));
        assertThat(getNotifications()).extracting(CustomerEditViewTest::themes).containsExactly("error");

        _setValue(textField("last-name"), lastName);
        _click(button("save"));

        assertThat(getNotifications()).as("only the success remains").extracting(CustomerEditViewTest::themes)
                .containsExactly("success");
    }

    @Test
    void aReadOnlyUserIsRefusedWhenOpeningTheFormNotAtSave() {
        Customer customer = ui.kernel().customers.create(person("Jane", lastName), ui.actor());
        ui.actAs(ui.kernel().newActor(Role.READ_ONLY, "sales"));

        for (String page : List.of("customers/" + customer.id() + "/edit", "customers/new")) {
            ui.open(page);
            assertThat(_find(AccessDeniedView.class)).as(page).hasSize(1);
            assertThat(_find(CustomerForm.class)).as(page).isEmpty();
        }
    }

    @Test
    void organisationsHaveANameInsteadOfFirstAndLastName() {
        ui.open("customers/new");
        textField("first-name");
        assertHidden("organisation-name");

        selectByLabel(kind(), "Organisation");

        assertHidden("first-name");
        assertHidden("last-name");
        _setValue(textField("organisation-name"), lastName + " GmbH");
        _click(button("save"));
        Customer stored = ui.kernel().customers.get(ui.kernel().customers.search(lastName, 5).getFirst().id());
        assertThat(stored.kind()).isEqualTo(CustomerKind.ORGANISATION);
        assertThat(stored.displayName()).isEqualTo(lastName + " GmbH");
    }

    @Test
    void prefillsTheFormWithTheStoredCustomer() {
        Customer customer = ui.kernel().customers.create(person("Jane", lastName), ui.actor());

        ui.open("customers/" + customer.id() + "/edit");

        assertThat(_get(H2.class).getText()).isEqualTo("Edit Jane " + lastName);
        assertThat(kind().getValue()).isEqualTo(CustomerKind.PERSON);
        assertThat(textField("first-name").getValue()).isEqualTo("Jane");
        assertThat(textField("last-name").getValue()).isEqualTo(lastName);
        assertThat(select("stage").getValue()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(comboBox("preferred-language").getValue()).isEqualTo("en-US");
        assertThat(comboBox("currency").getValue()).isEqualTo("USD");
        assertThat(comboBox("time-zone").getValue()).isEqualTo("America/New_York");
        assertThat(_get(Checkbox.class, spec -> spec.withId("marketing-consent")).getValue()).isTrue();
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("tags")).getValue()).isEqualTo(Set.of("vip"));
        assertThat(_get(TextArea.class, spec -> spec.withId("notes")).getValue()).isEqualTo("Met at the fair.");
        assertThat(_get(list("emails"), EmailField.class).getValue()).isEqualTo(customer.details().emails().getFirst().address());
        assertThat(_get(list("phones"), TextField.class).getValue()).isEqualTo("+1 201-555-0123");
        assertThat(_get(list("addresses"), TextField.class, spec -> spec.withPlaceholder("City")).getValue()).isEqualTo("New York");
    }

    @Test
    void savingOverAColleaguesNewerVersionShowsTheConflictAndOverwritesNothing() {
        Customer customer = ui.kernel().customers.create(person("Jane", lastName), ui.actor());
        ui.open("customers/" + customer.id() + "/edit");
        Actor colleague = ui.kernel().newActor();
        Customer theirs = ui.kernel().customers.update(customer.id(), customer.version(),
                withNotes(customer.details(), "Their notes"), colleague).customer();

        _setValue(_get(TextArea.class, spec -> spec.withId("notes")), "My notes");
        _click(button("save"));

        ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(getText(conflict)).contains(colleague.displayName());
        assertThat(ui.kernel().customers.get(customer.id())).isEqualTo(theirs);
        assertThat(getCurrentView()).isEqualTo(CustomerEditView.class);
    }

    @Test
    void reloadingAfterAConflictShowsTheStoredVersionWhichCanThenBeSaved() {
        Customer customer = ui.kernel().customers.create(person("Jane", lastName), ui.actor());
        ui.open("customers/" + customer.id() + "/edit");
        Customer theirs = ui.kernel().customers.update(customer.id(), customer.version(),
                withNotes(customer.details(), "Their notes"), ui.kernel().newActor()).customer();
        _setValue(_get(TextArea.class, spec -> spec.withId("notes")), "My notes");
        _click(button("save"));

        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog")));

        TextArea notes = _get(TextArea.class, spec -> spec.withId("notes"));
        assertThat(notes.getValue()).isEqualTo("Their notes");
        _setValue(notes, "Their notes, and mine");
        _click(button("save"));
        Customer saved = ui.kernel().customers.get(customer.id());
        assertThat(saved.details().notes()).isEqualTo("Their notes, and mine");
        assertThat(saved.version()).isEqualTo(theirs.version() + 1);
    }

    @Test
    void leavingWithUnsavedChangesAsksBeforeDiscardingThem() {
        Customer customer = ui.kernel().customers.create(person("Jane", lastName), ui.actor());
        ui.open("customers/" + customer.id() + "/edit");
        _setValue(textField("last-name"), lastName + "changed");

        ui.open("customers");

        ConfirmDialog unsaved = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog"));
        assertThat(getCurrentView()).isEqualTo(CustomerEditView.class);
        _fireConfirm(unsaved);
        assertThat(getCurrentView()).isEqualTo(CustomerListView.class);
        assertThat(ui.kernel().customers.get(customer.id())).isEqualTo(customer);
    }

    @Test
    void leavingWithoutChangesDoesNotAsk() {
        Customer customer = ui.kernel().customers.create(person("Jane", lastName), ui.actor());
        ui.open("customers/" + customer.id() + "/edit");

        _click(button("cancel"));

        _assertNone(ConfirmDialog.class);
        assertThat(getCurrentView()).isEqualTo(Customer360View.class);
    }

    private static CustomerDraft withNotes(CustomerDraft d, String notes) {
        return new CustomerDraft(d.kind(), d.firstName(), d.lastName(), d.organisationName(), d.stage(), d.ownerId(),
                d.preferredLanguage(), d.currency(), d.timeZone(), d.marketingConsent(), d.emails(), d.phones(),
                d.addresses(), d.tags(), notes);
    }

    private static void assertHidden(String textFieldId) {
        _assertNone(TextField.class, spec -> spec.withId(textFieldId));
    }

    /** The visible text field {@code id}. */
    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    /** The email, phone or address list editor. */
    private static Component list(String id) {
        return _get(Component.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<CustomerKind> kind() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("kind"));
    }

    private static String themes(Notification notification) {
        return String.join(" ", notification.getElement().getThemeList());
    }
}
